package org.eduaid.identity.token;

import java.util.function.Function;

import org.eduaid.identity.account.Account;
import org.eduaid.identity.account.AccountDirectory;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;

/**
 * The userinfo endpoint's answer: the same claims as the ID token. The gateway's OIDC login asks it
 * after the code exchange and merges the answer into the user it keeps, so leaving the EduAid claims
 * out here would be harmless, but a differing answer would only confuse.
 */
public final class EduAidUserInfo implements Function<OidcUserInfoAuthenticationContext, OidcUserInfo> {

    private final AccountDirectory accounts;

    EduAidUserInfo(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUserInfo apply(OidcUserInfoAuthenticationContext context) {
        Account account = accounts.get(context.getAuthorization().getPrincipalName());
        return OidcUserInfo.builder()
                .subject(account.username())
                .claims(claims -> claims.putAll(EduAidClaims.of(account)))
                .build();
    }
}
