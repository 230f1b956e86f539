package org.eduaid.identity.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Writes every form sign-in, failed or not, to the log: who, from where, and why it failed. Nothing
 * is locked after failures (a locked-out county officer cannot report); the log is what shows a
 * guessing attack. Never the password, and a name typed that is no account's is not repeated either:
 * people type passwords and ID numbers into the wrong field.
 */
@Component
class SignInLog {

    private static final Logger log = LoggerFactory.getLogger(SignInLog.class);

    private final AccountDirectory accounts;

    SignInLog(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (isFormSignIn(event.getAuthentication())) {
            String name = event.getAuthentication().getName();
            log.info("Sign-in failed for {} from {}: {}",
                    accounts.find(name).isPresent() ? "user '" + name + "'" : "an unknown username",
                    remoteAddress(event.getAuthentication()), event.getException().getClass().getSimpleName());
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (isFormSignIn(event.getAuthentication())) {
            log.info("User '{}' signed in from {}", event.getAuthentication().getName(), remoteAddress(event.getAuthentication()));
        }
    }

    /** Client and bearer-token authentications at the protocol endpoints raise the same events. */
    private static boolean isFormSignIn(Authentication authentication) {
        return authentication instanceof UsernamePasswordAuthenticationToken;
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "unknown";
    }
}
