package org.eduaid.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.eduaid.identity.account.AccountsProperties.DemoAccounts;
import org.eduaid.identity.config.InvalidIdentityConfigurationException;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountDirectoryTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final AccountProperties operator = new AccountProperties("officer.ordos", "correct horse", "CITY_OFFICER", "1506",
            null, "鄂尔多斯市教育局");
    private final AccountProperties demo = new AccountProperties("officer.linxi", "eduaid-demo", "COUNTY_OFFICER", "150424",
            null, null);

    @Test
    void plainPasswordsAreKeptOnlyAsBcryptHashes() {
        AccountDirectory directory = AccountDirectory.of(new AccountsProperties(List.of(operator), null), encoder);

        Account account = directory.get("officer.ordos");
        assertThat(account.passwordHash()).startsWith("{bcrypt}").doesNotContain("correct horse");
        assertThat(encoder.matches("correct horse", account.passwordHash())).isTrue();
        assertThat(account.region()).contains("1506");
        assertThat(account.displayName()).isEqualTo("鄂尔多斯市教育局");
        assertThat(directory.loadUserByUsername("officer.ordos").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_CITY_OFFICER");
    }

    @Test
    void demoAccountsCountOnlyWhenSwitchedOn() {
        AccountDirectory off = AccountDirectory.of(new AccountsProperties(List.of(operator), new DemoAccounts(false, List.of(demo))), encoder);
        AccountDirectory on = AccountDirectory.of(new AccountsProperties(List.of(operator), new DemoAccounts(true, List.of(demo))), encoder);

        assertThat(off.find("officer.linxi")).isEmpty();
        assertThat(on.find("officer.linxi")).map(Account::displayName).isEqualTo(Optional.of("officer.linxi"));
    }

    @Test
    void refusesAccountsThatBreakTheRulesNamingWhereTheyWereConfigured() {
        AccountProperties broken = new AccountProperties("clerk.linxi", "eduaid-demo", "SCHOOL_CLERK", "150424", "12", null);

        assertThatThrownBy(() -> AccountDirectory.of(new AccountsProperties(List.of(), new DemoAccounts(true, List.of(demo, broken))), encoder))
                .isInstanceOf(InvalidIdentityConfigurationException.class)
                .hasMessageContaining("eduaid.identity.demo-accounts.accounts[1] (clerk.linxi): role SCHOOL_CLERK needs a 10-digit school code");
    }

    @Test
    void passwordsStayOutOfToString() {
        assertThat(operator.toString()).doesNotContain("correct horse");
        assertThat(AccountDirectory.of(new AccountsProperties(List.of(operator), null), encoder).get("officer.ordos").toString())
                .doesNotContain("bcrypt");
    }
}
