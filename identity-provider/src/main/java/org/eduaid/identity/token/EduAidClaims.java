package org.eduaid.identity.token;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eduaid.identity.account.Account;

/** The claims that tell the services who is calling; see the token contract in the README. */
final class EduAidClaims {

    static final String ROLE = "eduaid_role";
    static final String REGION = "eduaid_region";
    static final String SCHOOL = "eduaid_school";
    static final String NAME = "name";

    private EduAidClaims() {
    }

    /** No region claim for the platform admin: its absence is what nationwide means. */
    static Map<String, Object> of(Account account) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(ROLE, account.role().name());
        account.region().ifPresent(region -> claims.put(REGION, region));
        account.school().ifPresent(school -> claims.put(SCHOOL, school));
        claims.put(NAME, account.displayName());
        return claims;
    }
}
