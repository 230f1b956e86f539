package org.eduaid.identity.account;

import org.eduaid.contracts.identity.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eduaid.identity.config.InvalidIdentityConfigurationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The accounts that may sign in, checked and with their passwords hashed, as the form login reads
 * them and as the tokens describe them.
 */
public final class AccountDirectory implements UserDetailsService {

    static final String CONFIGURED = "eduaid.identity.accounts";
    static final String DEMO = "eduaid.identity.demo-accounts.accounts";

    private final Map<String, Account> byUsername;

    private AccountDirectory(Map<String, Account> byUsername) {
        this.byUsername = Map.copyOf(byUsername);
    }

    /**
     * The configured accounts, plus the demo ones when they are switched on.
     *
     * @throws InvalidIdentityConfigurationException listing every account that breaks {@link AccountRules}
     */
    public static AccountDirectory of(AccountsProperties properties, PasswordEncoder encoder) {
        Map<String, AccountProperties> byOrigin = new LinkedHashMap<>();
        addAll(byOrigin, CONFIGURED, properties.accounts());
        if (properties.demoAccounts().enabled()) {
            addAll(byOrigin, DEMO, properties.demoAccounts().accounts());
        }
        List<String> problems = AccountRules.problems(byOrigin);
        if (!problems.isEmpty()) {
            throw new InvalidIdentityConfigurationException(problems);
        }
        Map<String, Account> accounts = new LinkedHashMap<>();
        byOrigin.values().forEach(account -> accounts.put(account.username(), toAccount(account, encoder)));
        return new AccountDirectory(accounts);
    }

    public Optional<Account> find(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    /** The account behind a token being issued; it was there at sign-in and accounts never leave a running provider. */
    public Account get(String username) {
        return find(username).orElseThrow(() -> new IllegalStateException("No account " + username));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = find(username).orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .roles(account.role().name())
                .build();
    }

    private static void addAll(Map<String, AccountProperties> byOrigin, String list, List<AccountProperties> accounts) {
        for (int i = 0; i < accounts.size(); i++) {
            byOrigin.put(list + "[" + i + "]", accounts.get(i));
        }
    }

    /** A {bcrypt} hash is kept as given, so that operators need not put plain passwords into configuration. */
    private static Account toAccount(AccountProperties account, PasswordEncoder encoder) {
        String hash = account.password().startsWith("{") ? account.password() : encoder.encode(account.password());
        Role role = Role.parse(account.role()).orElseThrow();
        return new Account(account.username(), hash, role, nonBlank(account.region()), nonBlank(account.school()),
                nonBlank(account.displayName()).orElse(account.username()));
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
