package org.eduaid.identity.client;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The gateway as this provider's one client: a confidential client that signs browsers in.
 *
 * @param id     the client id the gateway authenticates with
 * @param secret the client secret; required, there is no default that would ship in the repository
 * @param url    the gateway's public base URL, where the provider sends browsers back to
 */
@ConfigurationProperties("eduaid.identity.gateway-client")
public record GatewayClientProperties(String id, String secret, String url) {

    /** The secret stays out of logs and error messages. */
    @Override
    public String toString() {
        return "GatewayClientProperties[id=" + id + ", url=" + url + "]";
    }
}
