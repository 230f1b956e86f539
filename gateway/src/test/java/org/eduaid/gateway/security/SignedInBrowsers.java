package org.eduaid.gateway.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eduaid.testkit.security.TestIdentityProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.InMemoryWebSessionStore;
import org.springframework.web.server.session.WebSessionManager;
import org.springframework.web.server.session.WebSessionStore;

/**
 * Sessions as a completed sign-in leaves them, put straight into the running gateway's session store:
 * the user's OIDC identity and the tokens the provider issued. A test then acts as the browser by
 * sending the session cookie, and everything after sign-in runs for real (session lookup, token relay,
 * renewal, CSRF, sign-out). The sign-in itself is covered end to end against the real provider.
 */
final class SignedInBrowsers {

    static final String SESSION_COOKIE = "SESSION";

    private final WebSessionStore sessions;
    private final ServerOAuth2AuthorizedClientRepository authorizedClients;
    private final ClientRegistration registration;

    SignedInBrowsers(ApplicationContext gateway) {
        this.sessions = ((DefaultWebSessionManager) gateway.getBean(WebSessionManager.class)).getSessionStore();
        this.authorizedClients = gateway.getBean(ServerOAuth2AuthorizedClientRepository.class);
        this.registration = gateway.getBean(ReactiveClientRegistrationRepository.class)
                .findByRegistrationId(EduAidClientRegistrations.ID).block();
    }

    /** @return the session id, the value of the {@value #SESSION_COOKIE} cookie */
    String signedIn(String subject, OAuth2AccessToken accessToken, OAuth2RefreshToken refreshToken) {
        return session(subject, (authentication, exchange) -> authorizedClients.saveAuthorizedClient(
                new OAuth2AuthorizedClient(registration, subject, accessToken, refreshToken), authentication, exchange)
                .block());
    }

    /** A session whose user is signed in but whose tokens are gone (never stored, or dropped when renewal failed). */
    String signedInWithoutTokens(String subject) {
        return session(subject, (authentication, exchange) -> { });
    }

    private String session(String subject, BiConsumer<OAuth2AuthenticationToken, ServerWebExchange> alsoKeep) {
        WebSession session = sessions.createWebSession().block();
        session.start();
        MockServerWebExchange exchange = MockServerWebExchange.builder(MockServerHttpRequest.get("/"))
                .session(session).build();
        Instant now = Instant.now();
        OidcIdToken idToken = new OidcIdToken("id-token-of-" + subject, now, now.plus(Duration.ofMinutes(10)),
                Map.of("sub", subject, "iss", TestIdentityProvider.get().issuer()));
        DefaultOidcUser user = new DefaultOidcUser(AuthorityUtils.createAuthorityList("OIDC_USER"), idToken);
        OAuth2AuthenticationToken authentication = new OAuth2AuthenticationToken(user, user.getAuthorities(),
                EduAidClientRegistrations.ID);
        new WebSessionServerSecurityContextRepository().save(exchange, new SecurityContextImpl(authentication)).block();
        alsoKeep.accept(authentication, exchange);
        session.save().block();
        return session.getId();
    }

    boolean exists(String sessionId) {
        return sessions.retrieveSession(sessionId).blockOptional().isPresent();
    }

    /** Whether any session, under whatever id, still holds tokens issued to this user. */
    boolean anySessionHoldsTokensOf(String subject) {
        return ((InMemoryWebSessionStore) sessions).getSessions().values().stream()
                .flatMap(session -> session.getAttributes().values().stream())
                .filter(Map.class::isInstance)
                .flatMap(value -> ((Map<?, ?>) value).values().stream())
                .filter(OAuth2AuthorizedClient.class::isInstance)
                .anyMatch(client -> subject.equals(((OAuth2AuthorizedClient) client).getPrincipalName()));
    }

    static OAuth2AccessToken accessToken(String jwt) {
        Instant now = Instant.now();
        return new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, jwt, now, now.plus(Duration.ofMinutes(10)));
    }

    static OAuth2AccessToken expiredAccessToken(String jwt) {
        Instant now = Instant.now();
        return new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, jwt, now.minus(Duration.ofMinutes(20)),
                now.minus(Duration.ofMinutes(10)));
    }
}
