package org.eduaid.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountRulesTest {

    private static final String PASSWORD = "eduaid-demo";

    @Test
    void oneAccountOfEveryRoleAtItsLevelIsFine() {
        Map<String, AccountProperties> accounts = origins(
                account("admin", "PLATFORM_ADMIN", null, null),
                account("auditor.county", "AUDITOR", "150424", null),
                account("auditor.nm", "AUDITOR", "15", null),
                account("officer.nm", "PROVINCE_OFFICER", "15", null),
                account("officer.chifeng", "CITY_OFFICER", "1504", null),
                account("officer.linxi", "COUNTY_OFFICER", "150424", null),
                account("clerk.linxi", "SCHOOL_CLERK", "150424", "1150424001"));

        assertThat(AccountRules.problems(accounts)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            PROVINCE_OFFICER | 1504       | -          | role PROVINCE_OFFICER needs a 2-digit division code as region, was '1504'
            CITY_OFFICER     | 15         | -          | role CITY_OFFICER needs a 4-digit division code as region, was '15'
            COUNTY_OFFICER   | 1504       | -          | role COUNTY_OFFICER needs a 6-digit division code as region, was '1504'
            COUNTY_OFFICER   | -          | -          | role COUNTY_OFFICER needs a 6-digit division code as region, was ''
            COUNTY_OFFICER   | 15042a     | -          | role COUNTY_OFFICER needs a 6-digit division code as region, was '15042a'
            SCHOOL_CLERK     | 15         | 1150424001 | role SCHOOL_CLERK needs a 6-digit division code as region, was '15'
            AUDITOR          | 150        | -          | role AUDITOR needs a 2-, 4- or 6-digit division code as region, was '150'
            AUDITOR          | -          | -          | role AUDITOR needs a 2-, 4- or 6-digit division code as region, was ''
            PLATFORM_ADMIN   | 15         | -          | role PLATFORM_ADMIN is nationwide and takes no region, but region '15' is given
            SCHOOL_CLERK     | 150424     | -          | role SCHOOL_CLERK needs a 10-digit school code as school, was ''
            SCHOOL_CLERK     | 150424     | 115042400  | role SCHOOL_CLERK needs a 10-digit school code as school, was '115042400'
            COUNTY_OFFICER   | 150424     | 1150424001 | only role SCHOOL_CLERK takes a school, but role COUNTY_OFFICER is given '1150424001'
            TEACHER          | 150424     | -          | the role must be one of SCHOOL_CLERK, COUNTY_OFFICER, CITY_OFFICER, PROVINCE_OFFICER, AUDITOR, PLATFORM_ADMIN, was 'TEACHER'
            """)
    void aRegionOrSchoolThatDoesNotFitTheRoleIsNamedWithTheAccount(String role, String region, String school, String problem) {
        Map<String, AccountProperties> accounts = origins(account("someone", role, region, school));

        assertThat(AccountRules.problems(accounts)).containsExactly("eduaid.identity.accounts[0] (someone): " + problem);
    }

    @Test
    void usernamesAreLowerCaseAndUnique() {
        Map<String, AccountProperties> accounts = new LinkedHashMap<>();
        accounts.put("eduaid.identity.accounts[0]", account("officer.linxi", "COUNTY_OFFICER", "150424", null));
        accounts.put("eduaid.identity.accounts[1]", account("Officer Linxi", "COUNTY_OFFICER", "150424", null));
        accounts.put("eduaid.identity.demo-accounts.accounts[4]", account("officer.linxi", "COUNTY_OFFICER", "150424", null));

        assertThat(AccountRules.problems(accounts)).containsExactly(
                "eduaid.identity.accounts[1] (Officer Linxi): the username must be 2-64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit",
                "eduaid.identity.demo-accounts.accounts[4] (officer.linxi): the username is already taken by eduaid.identity.accounts[0]");
    }

    @Test
    void aPasswordIsPlainOrABcryptHash() {
        String hash = "{bcrypt}$2a$10$Qx69sd/rONdYJOMC5B.RBuibkXke4Zc3RHSVbvXBn6Qb84/NxPMn2";

        assertThat(AccountRules.problemsOf(new AccountProperties("a.b", hash, "PLATFORM_ADMIN", null, null, null))).isEmpty();
        assertThat(AccountRules.problemsOf(new AccountProperties("a.b", "{noop}secret", "PLATFORM_ADMIN", null, null, null)))
                .containsExactly("the password starts with '{' but is no {bcrypt} hash; give a plain password or a {bcrypt} hash");
        assertThat(AccountRules.problemsOf(new AccountProperties("a.b", " ", "PLATFORM_ADMIN", null, null, null)))
                .containsExactly("the password is missing");
    }

    @Test
    void everyProblemOfEveryAccountIsListedAtOnce() {
        List<String> problems = AccountRules.problems(origins(
                account("officer.chifeng", "CITY_OFFICER", "150424", null),
                new AccountProperties("clerk.linxi", null, "SCHOOL_CLERK", "150424", null, null)));

        assertThat(problems).hasSize(3)
                .anySatisfy(problem -> assertThat(problem).startsWith("eduaid.identity.accounts[0] (officer.chifeng)"))
                .anySatisfy(problem -> assertThat(problem).isEqualTo("eduaid.identity.accounts[1] (clerk.linxi): the password is missing"));
    }

    @Test
    void noAccountsAtAllIsAProblem() {
        assertThat(AccountRules.problems(Map.of())).singleElement().asString()
                .contains("no accounts are configured", "IDP_DEMO_ACCOUNTS=true");
    }

    private static AccountProperties account(String username, String role, String region, String school) {
        return new AccountProperties(username, PASSWORD, role, region, school, null);
    }

    private static Map<String, AccountProperties> origins(AccountProperties... accounts) {
        Map<String, AccountProperties> byOrigin = new LinkedHashMap<>();
        for (int i = 0; i < accounts.length; i++) {
            byOrigin.put("eduaid.identity.accounts[" + i + "]", accounts[i]);
        }
        return byOrigin;
    }
}
