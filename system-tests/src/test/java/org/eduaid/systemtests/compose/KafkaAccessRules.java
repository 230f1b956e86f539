package org.eduaid.systemtests.compose;

import static org.eduaid.systemtests.compose.ComposeFileChecker.KAFKA;
import static org.eduaid.systemtests.compose.ComposeFileChecker.KAFKA_INIT;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eduaid.contracts.access.KafkaAccessPolicy;
import org.eduaid.contracts.access.KafkaGrant;
import org.eduaid.contracts.access.KafkaOperation;
import org.eduaid.contracts.access.KafkaResource;

/**
 * Kafka's security in docker-compose.yml against {@link KafkaAccessPolicy}: the broker lets nobody in
 * without SASL and nothing through without an ACL; kafka-init stores a credential for exactly the
 * policy's principals, each from its own required variable, and grants exactly the policy's ACLs; and
 * each service signs in as itself with that same variable.
 */
final class KafkaAccessRules {

    static final String SCRAM_USERS = "SCRAM_USERS";
    static final String ACLS = "ACLS";
    static final String STANDARD_AUTHORIZER = "org.apache.kafka.metadata.authorizer.StandardAuthorizer";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private KafkaAccessRules() {
    }

    static void check(Platform platform, List<String> violations) {
        KafkaAccessPolicy policy;
        try {
            policy = KafkaAccessPolicy.of(platform.catalogue(), platform.inbound());
        } catch (IllegalArgumentException e) {
            violations.add("EventCatalog: no Kafka access policy can be derived: " + e.getMessage());
            return;
        }
        platform.compose().service(KAFKA).ifPresent(kafka -> checkBroker(kafka, violations));
        platform.compose().service(KAFKA_INIT).ifPresent(init -> {
            checkUsers(init, policy, violations);
            checkAcls(init, policy, violations);
        });
        for (AppModule service : platform.services()) {
            platform.compose().service(service.name()).ifPresent(composed -> checkLogin(service, composed, policy, violations));
        }
    }

    /** The variable that holds a principal's password, e.g. {@code KAFKA_SUBSIDY_SERVICE_PASSWORD}. */
    static String passwordVariable(String principal) {
        return "KAFKA_" + principal.toUpperCase(Locale.ROOT).replace('-', '_') + "_PASSWORD";
    }

    private static void checkBroker(ComposeService kafka, List<String> violations) {
        Map<String, String> environment = kafka.environment();
        expect(kafka, environment, "KAFKA_AUTHORIZER_CLASS_NAME", STANDARD_AUTHORIZER,
                "so ACLs are not enforced", violations);
        expect(kafka, environment, "KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "false",
                "so whatever has no ACL is open to everyone", violations);
        expect(kafka, environment, "KAFKA_SUPER_USERS", KafkaAccessPolicy.kafkaPrincipal(KafkaAccessPolicy.ADMIN),
                "the platform's admin, and nobody else", violations);
        for (String listener : environment.getOrDefault("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "").split(",")) {
            String[] nameAndProtocol = listener.trim().split(":");
            if (nameAndProtocol.length == 2 && !nameAndProtocol[1].startsWith("SASL_")) {
                violations.add(KAFKA + ": listener " + nameAndProtocol[0] + " is " + nameAndProtocol[1]
                        + ", so anyone who reaches it gets in without signing in");
            }
        }
    }

    private static void expect(ComposeService service, Map<String, String> environment, String variable, String value,
            String otherwise, List<String> violations) {
        if (!value.equals(environment.get(variable))) {
            violations.add(service.name() + ": " + variable + " is " + environment.getOrDefault(variable, "unset")
                    + " instead of " + value + " (" + otherwise + ")");
        }
    }

    private static void checkUsers(ComposeService init, KafkaAccessPolicy policy, List<String> violations) {
        Map<String, String> passwords = new TreeMap<>();
        for (String line : lines(init, SCRAM_USERS)) {
            String[] principalAndPassword = WHITESPACE.split(line, 2);
            passwords.put(principalAndPassword[0], principalAndPassword.length > 1 ? principalAndPassword[1] : "");
        }
        for (String principal : policy.principals()) {
            String password = passwords.get(principal);
            if (password == null) {
                violations.add(KAFKA_INIT + ": " + SCRAM_USERS + " lacks " + principal
                        + ", a principal of the Kafka access policy, so it cannot sign in");
            } else if (!isRequiredVariable(password, passwordVariable(principal))) {
                violations.add(KAFKA_INIT + ": the password of " + principal + " is not ${" + passwordVariable(principal)
                        + ":?...}, a required variable of its own");
            }
        }
        passwords.keySet().stream().filter(principal -> !policy.principals().contains(principal)).forEach(principal ->
                violations.add(KAFKA_INIT + ": " + SCRAM_USERS + " lists " + principal
                        + ", which is no principal of the Kafka access policy"));
        if (!init.command().contains(SCRAM_USERS) || !init.command().contains("kafka-configs.sh")) {
            violations.add(KAFKA_INIT + ": its command does not store the credentials of " + SCRAM_USERS);
        }
    }

    private static void checkAcls(ComposeService init, KafkaAccessPolicy policy, List<String> violations) {
        Set<KafkaGrant> granted = new TreeSet<>();
        for (String line : lines(init, ACLS)) {
            Optional<Set<KafkaGrant>> grants = grantsOf(line);
            if (grants.isEmpty()) {
                violations.add(KAFKA_INIT + ": " + ACLS + " line '" + line
                        + "' is not <principal> <topic|group> <name> <OPERATION,...>");
            } else {
                granted.addAll(grants.get());
            }
        }
        policy.grants().stream().filter(grant -> !granted.contains(grant)).forEach(grant ->
                violations.add(KAFKA_INIT + ": " + ACLS + " lacks " + grant + ", which the Kafka access policy grants"));
        granted.stream().filter(grant -> !policy.grants().contains(grant)).forEach(grant ->
                violations.add(KAFKA_INIT + ": " + ACLS + " grants " + grant + ", which the Kafka access policy does not"));
        if (!init.command().contains(ACLS) || !init.command().contains("kafka-acls.sh")) {
            violations.add(KAFKA_INIT + ": its command does not grant the " + ACLS);
        }
    }

    /** Each service signs in as itself, with the password kafka-init stored for it. */
    private static void checkLogin(AppModule service, ComposeService composed, KafkaAccessPolicy policy,
            List<String> violations) {
        Map<String, String> environment = composed.environment();
        if (!environment.getOrDefault("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT").startsWith("SASL_")) {
            violations.add(service.name() + ": KAFKA_SECURITY_PROTOCOL is "
                    + environment.getOrDefault("KAFKA_SECURITY_PROTOCOL", "unset") + ", so it cannot sign in to Kafka");
        }
        String username = environment.getOrDefault("KAFKA_USERNAME", "");
        if (!username.equals(service.name())) {
            violations.add(service.name() + ": KAFKA_USERNAME is " + (username.isEmpty() ? "unset" : username)
                    + "; a service signs in as itself, " + service.name());
        }
        if (!policy.principals().contains(service.name())) {
            violations.add(service.name() + ": is no principal of the Kafka access policy, so it may use no topic");
        }
        if (!isRequiredVariable(environment.getOrDefault("KAFKA_PASSWORD", ""), passwordVariable(service.name()))) {
            violations.add(service.name() + ": KAFKA_PASSWORD is not ${" + passwordVariable(service.name())
                    + ":?...}, the variable kafka-init stores its credential from");
        }
    }

    /** One line per entry, e.g. {@code subsidy-service topic eduaid.enrollment.schools READ,DESCRIBE}. */
    private static Optional<Set<KafkaGrant>> grantsOf(String line) {
        String[] parts = WHITESPACE.split(line);
        if (parts.length != 4) {
            return Optional.empty();
        }
        Set<KafkaGrant> grants = new TreeSet<>();
        try {
            KafkaResource resource = KafkaResource.valueOf(parts[1].toUpperCase(Locale.ROOT));
            for (String operation : parts[3].split(",")) {
                grants.add(new KafkaGrant(parts[0], resource, parts[2], KafkaOperation.valueOf(operation)));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(grants);
    }

    private static List<String> lines(ComposeService service, String variable) {
        return service.environment().getOrDefault(variable, "").lines().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    /** {@code ${NAME:?message}}: compose refuses to start without it, and it is no value written here. */
    static boolean isRequiredVariable(String value, String name) {
        return value.matches(Pattern.quote("${" + name + ":?") + "[^}]*\\}");
    }
}
