package org.eduaid.identity.account;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The accounts of this provider: those the operator configures, and the demo accounts of
 * {@code demo-accounts.yml}, which count only when switched on ({@code IDP_DEMO_ACCOUNTS=true}).
 */
@ConfigurationProperties("eduaid.identity")
public record AccountsProperties(List<AccountProperties> accounts, DemoAccounts demoAccounts) {

    public AccountsProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        demoAccounts = demoAccounts == null ? new DemoAccounts(false, List.of()) : demoAccounts;
    }

    public record DemoAccounts(boolean enabled, List<AccountProperties> accounts) {

        public DemoAccounts {
            accounts = accounts == null ? List.of() : List.copyOf(accounts);
        }
    }
}
