package org.eduaid.systemtests.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eduaid.systemtests.compose.AppSettings.Placeholder;

/** The environment compose gives each app: real settings only, complete, pointing at real hosts. */
final class EnvironmentRules {

    static final String APPLICATION_NAME = "spring.application.name";
    static final String MONGODB_URI_KEY = "spring.mongodb.uri";
    static final String OIDC_ISSUER = "EDUAID_OIDC_ISSUER_URI";
    private static final Pattern HOST_PORT_LIST = Pattern.compile("[A-Za-z0-9.-]+:\\d+(,[A-Za-z0-9.-]+:\\d+)*");

    private EnvironmentRules() {
    }

    static void check(Platform platform, List<String> violations) {
        for (AppModule app : platform.apps()) {
            platform.compose().service(app.name()).ifPresent(service -> {
                Map<String, String> environment = service.environment();
                checkRealSettings(app, environment, violations);
                checkConnectionsSet(app, environment, violations);
                checkAddresses(app, environment, platform, violations);
            });
            // the catalogue names producers and subscribers by application name, and so do event sources
            if (!app.settings().get(APPLICATION_NAME).equals(Optional.of(app.name()))) {
                violations.add(app.name() + ": " + APPLICATION_NAME + " is "
                        + app.settings().get(APPLICATION_NAME).orElse("unset") + ", not the module name");
            }
        }
        checkDatabasesDistinct(platform, violations);
        checkOneIssuer(platform, violations);
    }

    /** A misspelt or stale variable is silently ignored by Spring; here it is an error. */
    private static void checkRealSettings(AppModule app, Map<String, String> environment, List<String> violations) {
        environment.keySet().stream().filter(variable -> !app.settings().isSetBy(variable)).forEach(variable ->
                violations.add(app.name() + ": sets " + variable + ", which is no setting of " + app.name()
                        + " (neither a ${...} placeholder nor a property key of its yml files)"));
    }

    /** Inside a container, localhost is the container itself: every such default must be overridden. */
    private static void checkConnectionsSet(AppModule app, Map<String, String> environment, List<String> violations) {
        for (Placeholder placeholder : app.settings().placeholders()) {
            String fallback = placeholder.defaultValue().orElse("");
            if (fallback.contains("localhost") && !environment.containsKey(placeholder.name())) {
                violations.add(app.name() + ": does not set " + placeholder.name() + ", so it connects to "
                        + fallback + ", i.e. to its own container");
            }
        }
    }

    /** A host must be a compose service; a URL to an app must use the port that app listens on. */
    private static void checkAddresses(AppModule app, Map<String, String> environment, Platform platform,
            List<String> violations) {
        environment.forEach((variable, value) -> {
            for (Address address : addressesIn(value)) {
                if (isLocalhost(address.host()) && platform.compose().publishedPorts().contains(address.port())) {
                    continue; // an address for the browser, on a port a service publishes
                }
                if (platform.compose().service(address.host()).isEmpty()) {
                    violations.add(app.name() + ": " + variable + " points at " + address.host()
                            + ", which is no compose service");
                    continue;
                }
                platform.app(address.host()).map(platform::port)
                        .filter(port -> !address.port().isEmpty() && !port.equals(address.port()))
                        .ifPresent(port -> violations.add(app.name() + ": " + variable + " points at port "
                                + address.port() + " of " + address.host() + ", which listens on " + port));
            }
        });
    }

    /**
     * The addresses in a URL ({@code scheme://a:1,b:2/path}) or in a bare {@code host:port,...} list;
     * a port may be a compose variable, {@code localhost:${KEYCLOAK_PORT:-8180}}.
     */
    static List<Address> addressesIn(String value) {
        int scheme = value.indexOf("://");
        String authority = (scheme < 0 ? value : value.substring(scheme + 3)).split("[/?#]", 2)[0];
        if (scheme < 0 && !HOST_PORT_LIST.matcher(authority).matches()) {
            return List.of();
        }
        List<Address> addresses = new ArrayList<>();
        for (String address : authority.split(",")) {
            String withoutUser = address.substring(address.indexOf('@') + 1);
            int colon = portSeparator(withoutUser);
            addresses.add(colon < 0 ? new Address(withoutUser, "")
                    : new Address(withoutUser.substring(0, colon), withoutUser.substring(colon + 1)));
        }
        return addresses;
    }

    /** The first colon outside a {@code ${...}} variable, whose default may hold colons itself. */
    private static int portSeparator(String address) {
        int depth = 0;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ':' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLocalhost(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1");
    }

    /** The gateway and the services check the same tokens: they must expect the same issuer. */
    private static void checkOneIssuer(Platform platform, List<String> violations) {
        Map<String, String> issuerByApp = new TreeMap<>();
        for (AppModule app : platform.apps()) {
            platform.compose().service(app.name()).map(service -> service.environment().get(OIDC_ISSUER))
                    .ifPresent(issuer -> issuerByApp.put(app.name(), issuer));
        }
        if (new TreeSet<>(issuerByApp.values()).size() > 1) {
            violations.add("the apps expect different token issuers in " + OIDC_ISSUER + ": " + issuerByApp);
        }
    }

    /** Each service owns its data: a shared database would let one service read another's. */
    private static void checkDatabasesDistinct(Platform platform, List<String> violations) {
        Map<String, String> ownerByDatabase = new LinkedHashMap<>();
        for (AppModule app : platform.services()) {
            Optional<String> variable = app.settings().get(MONGODB_URI_KEY)
                    .flatMap(uri -> Placeholder.allIn(uri).stream().findFirst()).map(Placeholder::name);
            Optional<String> uri = variable.flatMap(name -> platform.compose().service(app.name())
                    .map(service -> service.environment().get(name)));
            if (uri.isEmpty()) {
                continue; // unset: reported by checkConnectionsSet
            }
            String database = databaseOf(uri.get());
            if (database.isEmpty()) {
                violations.add(app.name() + ": " + variable.get() + " names no database: " + uri.get());
                continue;
            }
            String owner = ownerByDatabase.putIfAbsent(database, app.name());
            if (owner != null) {
                violations.add(app.name() + ": uses database " + database + ", which is already " + owner + "'s");
            }
        }
    }

    static String databaseOf(String mongoUri) {
        String afterScheme = mongoUri.substring(mongoUri.indexOf("://") + 3);
        int slash = afterScheme.indexOf('/');
        return slash < 0 ? "" : afterScheme.substring(slash + 1).split("\\?", 2)[0];
    }

    /** A host and its port, empty when the value names none. */
    record Address(String host, String port) {
    }
}
