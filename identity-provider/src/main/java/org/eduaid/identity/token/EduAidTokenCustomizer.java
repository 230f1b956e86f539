package org.eduaid.identity.token;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eduaid.identity.account.Account;
import org.eduaid.identity.account.AccountDirectory;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts the caller's role, region, school and name into the access token, which the services
 * authorise by, and into the ID token, which the gateway shows the user from. The access token also
 * names the services as its audience: to the provider it is issued to the gateway (the client), but
 * the gateway only relays it.
 */
final class EduAidTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final AccountDirectory accounts;
    private final String audience;

    EduAidTokenCustomizer(AccountDirectory accounts, String audience) {
        this.accounts = accounts;
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        Account account = accounts.get(context.getPrincipal().getName());
        context.getClaims().claims(claims -> {
            claims.putAll(EduAidClaims.of(account));
            if (accessToken) {
                claims.put(JwtClaimNames.AUD, withAudience(claims.get(JwtClaimNames.AUD)));
            }
        });
    }

    private List<String> withAudience(Object current) {
        List<String> audiences = new ArrayList<>();
        if (current instanceof Collection<?> values) {
            values.forEach(value -> audiences.add(String.valueOf(value)));
        } else if (current != null) {
            audiences.add(String.valueOf(current));
        }
        if (!audiences.contains(audience)) {
            audiences.add(audience);
        }
        return audiences;
    }
}
