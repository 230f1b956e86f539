package org.eduaid.identity.token;

import org.eduaid.identity.account.AccountDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

    /** Signs the tokens, and is published (public half only) at /oauth2/jwks. */
    @Bean
    JWKSource<SecurityContext> jwkSource(TokenProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKey.from(properties.signingKey())));
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> eduAidTokenCustomizer(AccountDirectory accounts, TokenProperties properties) {
        return new EduAidTokenCustomizer(accounts, properties.audience());
    }

    @Bean
    EduAidUserInfo eduAidUserInfo(AccountDirectory accounts) {
        return new EduAidUserInfo(accounts);
    }
}
