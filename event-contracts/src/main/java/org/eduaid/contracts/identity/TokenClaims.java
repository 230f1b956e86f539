package org.eduaid.contracts.identity;

/**
 * The token contract between the identity provider (or Keycloak) and everything that reads its
 * access tokens: the audience that marks a token as meant for the EduAid API, and the claims that
 * say who is calling.
 */
public final class TokenClaims {

    /** Every access token for the API names this audience. */
    public static final String AUDIENCE = "eduaid-api";
    /** One of the {@link Role} names. */
    public static final String ROLE = "eduaid_role";
    /** The caller's scope: a 2-digit province, 4-digit city or 6-digit county code; absent for nationwide. */
    public static final String REGION = "eduaid_region";
    /** A school clerk's 10-digit school code. */
    public static final String SCHOOL = "eduaid_school";
    /** The display name. */
    public static final String NAME = "name";

    private TokenClaims() {
    }
}
