package org.eduaid.identity.token;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eduaid.contracts.identity.TokenClaims;
import org.eduaid.identity.account.Account;

/** The claims that tell the services who is calling; see the token contract in the README. */
final class EduAidClaims {

    private EduAidClaims() {
    }

    /** No region claim for the platform admin: its absence is what nationwide means. */
    static Map<String, Object> of(Account account) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(TokenClaims.ROLE, account.role().name());
        account.region().ifPresent(region -> claims.put(TokenClaims.REGION, region));
        account.school().ifPresent(school -> claims.put(TokenClaims.SCHOOL, school));
        claims.put(TokenClaims.NAME, account.displayName());
        return claims;
    }
}
