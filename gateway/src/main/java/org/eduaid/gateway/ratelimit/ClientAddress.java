package org.eduaid.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;

/**
 * The address a request came from. X-Forwarded-For is read only when proxies we trust stand in
 * front: each appends the address it received from, so the entry {@code trustedProxies} from the end
 * is the last one no client could forge; anything to its left may be made up.
 */
final class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private final int trustedProxies;

    ClientAddress(int trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    String of(ServerWebExchange exchange) {
        if (trustedProxies > 0) {
            List<String> hops = new ArrayList<>();
            // several header lines mean the same as one joined by commas (RFC 9110, 5.3)
            exchange.getRequest().getHeaders().getOrEmpty(FORWARDED_FOR)
                    .forEach(line -> hops.addAll(List.of(StringUtils.tokenizeToStringArray(line, ","))));
            if (!hops.isEmpty()) {
                return hops.get(Math.max(0, hops.size() - trustedProxies));
            }
        }
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        // never a reverse DNS lookup on the request path
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
