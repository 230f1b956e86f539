package org.eduaid.gateway.security;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.util.StringUtils;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The gateway's one client registration, {@value #ID}: from the endpoints given in the settings, or
 * else from the provider's discovery document. Discovery happens at the first sign-in rather than at
 * startup, so the gateway (and with it every bearer-token client) comes up while the provider is still
 * starting; a failed attempt is simply made again at the next sign-in.
 */
final class EduAidClientRegistrations implements ReactiveClientRegistrationRepository {

    static final String ID = "eduaid";
    static final String END_SESSION_ENDPOINT = "end_session_endpoint";

    private final Mono<ClientRegistration> registration;

    EduAidClientRegistrations(IdentityProviderProperties provider, LoginProperties login) {
        this.registration = login.endpointsGiven()
                ? Mono.just(fromSettings(provider, login))
                : Mono.fromCallable(() -> discovered(provider, login))
                        .subscribeOn(Schedulers.boundedElastic())
                        .cache(found -> Duration.ofMillis(Long.MAX_VALUE), failed -> Duration.ZERO, () -> Duration.ZERO);
    }

    @Override
    public Mono<ClientRegistration> findByRegistrationId(String registrationId) {
        return ID.equals(registrationId) ? registration : Mono.empty();
    }

    private static ClientRegistration fromSettings(IdentityProviderProperties provider, LoginProperties login) {
        return withOurSettings(ClientRegistration.withRegistrationId(ID)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .issuerUri(provider.issuerUri())
                .userNameAttributeName(IdTokenClaimNames.SUB), provider, login, Map.of())
                .build();
    }

    private static ClientRegistration discovered(IdentityProviderProperties provider, LoginProperties login) {
        ClientRegistration discovered = ClientRegistrations.fromIssuerLocation(provider.issuerUri())
                .registrationId(ID)
                .clientId(login.clientId())
                .build();
        return withOurSettings(ClientRegistration.withClientRegistration(discovered), provider, login,
                discovered.getProviderDetails().getConfigurationMetadata())
                .build();
    }

    /** What is ours to decide, and every endpoint given explicitly, over whatever discovery said. */
    private static ClientRegistration.Builder withOurSettings(ClientRegistration.Builder builder,
            IdentityProviderProperties provider, LoginProperties login, Map<String, Object> discoveredMetadata) {
        builder.clientName("EduAid")
                .clientId(login.clientId())
                .clientSecret(login.clientSecret())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(login.scopes())
                // the very key set bearer tokens are checked against, so one setting serves both
                .jwkSetUri(provider.jwkSetUri());
        if (StringUtils.hasText(login.authorizationUri())) {
            builder.authorizationUri(login.authorizationUri());
        }
        if (StringUtils.hasText(login.tokenUri())) {
            builder.tokenUri(login.tokenUri());
        }
        if (StringUtils.hasText(login.userInfoUri())) {
            builder.userInfoUri(login.userInfoUri());
        }
        Map<String, Object> metadata = new HashMap<>(discoveredMetadata);
        if (StringUtils.hasText(login.endSessionUri())) {
            metadata.put(END_SESSION_ENDPOINT, login.endSessionUri());
        }
        return builder.providerConfigurationMetadata(metadata);
    }
}
