package org.eduaid.identity.client;

import org.eduaid.identity.token.TokenProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

@Configuration(proxyBeanMethods = false)
class ClientConfiguration {

    @Bean
    GatewayClient gatewayClient(GatewayClientProperties properties, TokenProperties tokens, PasswordEncoder passwordEncoder) {
        return GatewayClient.of(properties, tokens, passwordEncoder);
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(GatewayClient gateway) {
        return new InMemoryRegisteredClientRepository(gateway.registration());
    }
}
