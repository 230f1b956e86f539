package org.eduaid.gateway.security;

import org.eduaid.contracts.identity.TokenClaims;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who the dashboard is talking for, as the services will see it: read from the access token, not from
 * the ID token, because the access token is what reaches the services. {@code region} is absent for
 * the nationwide platform administrator, {@code school} for everybody but school clerks.
 */
record CurrentUser(String name, String role, String region, String school) {

    static CurrentUser of(Jwt accessToken) {
        String name = accessToken.getClaimAsString(TokenClaims.NAME);
        return new CurrentUser(name != null ? name : accessToken.getSubject(),
                accessToken.getClaimAsString(TokenClaims.ROLE),
                accessToken.getClaimAsString(TokenClaims.REGION),
                accessToken.getClaimAsString(TokenClaims.SCHOOL));
    }
}
