package org.eduaid.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class ClientAddressTest {

    @Test
    void usesTheConnectionsAddressWhenNoProxyIsTrusted() {
        assertThat(new ClientAddress(0).of(request("198.51.100.7, 10.0.0.2"))).isEqualTo("192.0.2.10");
    }

    @Test
    void takesTheAddressTheTrustedProxySaw() {
        assertThat(new ClientAddress(1).of(request("203.0.113.9, 198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(new ClientAddress(2).of(request("203.0.113.9, 198.51.100.7, 10.0.0.2"))).isEqualTo("198.51.100.7");
    }

    @Test
    void readsSeveralHeaderLinesAsOneList() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/")
                .remoteAddress(new InetSocketAddress("192.0.2.10", 4711))
                .header(ClientAddress.FORWARDED_FOR, "203.0.113.9")
                .header(ClientAddress.FORWARDED_FOR, "198.51.100.7"));

        assertThat(new ClientAddress(1).of(exchange)).isEqualTo("198.51.100.7");
    }

    @Test
    void fallsBackToTheConnectionWhenTheProxyAddedNothing() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/")
                .remoteAddress(new InetSocketAddress("192.0.2.10", 4711)));

        assertThat(new ClientAddress(1).of(exchange)).isEqualTo("192.0.2.10");
    }

    @Test
    void takesTheFirstEntryWhenThereAreFewerThanTrustedProxies() {
        assertThat(new ClientAddress(3).of(request("198.51.100.7"))).isEqualTo("198.51.100.7");
    }

    private static MockServerWebExchange request(String forwardedFor) {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/")
                .remoteAddress(new InetSocketAddress("192.0.2.10", 4711))
                .header(ClientAddress.FORWARDED_FOR, forwardedFor));
    }
}
