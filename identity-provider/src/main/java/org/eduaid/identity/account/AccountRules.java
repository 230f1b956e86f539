package org.eduaid.identity.account;

import org.eduaid.contracts.identity.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What makes a configured account usable: a token built from it must describe a coherent caller, or
 * every service would refuse it (a county officer without a county) or, worse, read it too widely
 * (a clerk with a province as region). Checked once at start, so a mistake fails the start instead of
 * surfacing as a 401 at someone's first sign-in.
 */
public final class AccountRules {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final Pattern SCHOOL_CODE = Pattern.compile("\\d{10}");
    /** What {@code BCryptPasswordEncoder} writes; anything else after {@code {bcrypt}} cannot match a password. */
    static final Pattern BCRYPT_HASH = Pattern.compile("\\{bcrypt}\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final String ROLES = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "));

    private AccountRules() {
    }

    /**
     * The problems of a set of accounts, each a sentence naming the account by where it was configured
     * ({@code eduaid.identity.accounts[2] (officer.x): ...}); empty when all are fine.
     */
    public static List<String> problems(Map<String, AccountProperties> accountsByOrigin) {
        List<String> problems = new ArrayList<>();
        if (accountsByOrigin.isEmpty()) {
            problems.add("no accounts are configured, so nobody could sign in: set eduaid.identity.accounts "
                    + "or, for a demo, IDP_DEMO_ACCOUNTS=true");
        }
        accountsByOrigin.forEach((origin, account) -> problemsOf(account)
                .forEach(problem -> problems.add(origin + " (" + account.username() + "): " + problem)));
        problems.addAll(duplicates(accountsByOrigin));
        return List.copyOf(problems);
    }

    static List<String> problemsOf(AccountProperties account) {
        List<String> problems = new ArrayList<>();
        if (isBlank(account.username()) || !USERNAME.matcher(account.username()).matches()) {
            problems.add("the username must be 2-64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (isBlank(account.password())) {
            problems.add("the password is missing");
        } else if (account.password().startsWith("{") && !BCRYPT_HASH.matcher(account.password()).matches()) {
            problems.add("the password starts with '{' but is no {bcrypt} hash; give a plain password or a {bcrypt} hash");
        }
        Optional<Role> role = Role.parse(account.role());
        if (role.isEmpty()) {
            problems.add("the role must be one of " + ROLES + ", was '" + nullToEmpty(account.role()) + "'");
            return problems;
        }
        regionProblem(role.get(), account.region()).ifPresent(problems::add);
        schoolProblem(role.get(), account.school()).ifPresent(problems::add);
        return problems;
    }

    private static Optional<String> regionProblem(Role role, String region) {
        if (!role.hasRegion()) {
            return isBlank(region) ? Optional.empty()
                    : Optional.of("role " + role + " is nationwide and takes no region, but region '" + region + "' is given");
        }
        boolean fits = !isBlank(region) && DIGITS.matcher(region).matches() && role.regionLengths().contains(region.length());
        return fits ? Optional.empty()
                : Optional.of("role " + role + " needs a " + digits(role) + " division code as region, was '"
                        + nullToEmpty(region) + "'");
    }

    private static Optional<String> schoolProblem(Role role, String school) {
        if (role.hasSchool()) {
            return !isBlank(school) && SCHOOL_CODE.matcher(school).matches() ? Optional.empty()
                    : Optional.of("role " + role + " needs a 10-digit school code as school, was '" + nullToEmpty(school) + "'");
        }
        return isBlank(school) ? Optional.empty()
                : Optional.of("only role " + Role.SCHOOL_CLERK + " takes a school, but role " + role + " is given '" + school + "'");
    }

    private static List<String> duplicates(Map<String, AccountProperties> accountsByOrigin) {
        Map<String, String> firstOrigin = new HashMap<>();
        List<String> problems = new ArrayList<>();
        accountsByOrigin.forEach((origin, account) -> {
            if (isBlank(account.username())) {
                return;
            }
            String earlier = firstOrigin.putIfAbsent(account.username(), origin);
            if (earlier != null) {
                problems.add(origin + " (" + account.username() + "): the username is already taken by " + earlier);
            }
        });
        return problems;
    }

    /** "4-digit", or "2-, 4- or 6-digit". */
    private static String digits(Role role) {
        List<String> lengths = role.regionLengths().stream().sorted().map(length -> length + "-").toList();
        String last = lengths.get(lengths.size() - 1);
        return (lengths.size() == 1 ? last : String.join(", ", lengths.subList(0, lengths.size() - 1)) + " or " + last) + "digit";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
