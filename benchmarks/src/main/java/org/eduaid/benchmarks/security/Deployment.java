package org.eduaid.benchmarks.security;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eduaid.benchmarks.ChildJvm;
import org.eduaid.benchmarks.Infrastructure;
import org.eduaid.benchmarks.ServiceJars;
import org.eduaid.testkit.security.TestIdentityProvider;

/**
 * enrollment-service behind the gateway, each a child JVM on a free port, in one {@link SecurityMode},
 * on the benchmark's broker and store. Stopping it leaves the store's data for the next mode.
 */
final class Deployment implements AutoCloseable {

    /** Generous: two JVMs start on two cores that other work shares. */
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);

    private final SecurityMode mode;
    private final URI serviceUrl;
    private final URI gatewayUrl;
    private final ChildJvm service;
    private final ChildJvm gateway;

    private Deployment(SecurityMode mode, URI serviceUrl, URI gatewayUrl, ChildJvm service, ChildJvm gateway) {
        this.mode = mode;
        this.serviceUrl = serviceUrl;
        this.gatewayUrl = gatewayUrl;
        this.service = service;
        this.gateway = gateway;
    }

    /**
     * @param database the service's database: shared by configurations that run one after the other
     *                 (same data), one each when they run side by side, since two services on one
     *                 database would contend for its outbox leases like replicas
     */
    static Deployment start(SecurityMode mode, String database, ServiceJars jars, List<String> javaOpts,
            Infrastructure infrastructure, TestIdentityProvider identityProvider, Path logDirectory)
            throws InterruptedException {
        Map<String, String> security = mode.securitySettings(identityProvider.issuer(), identityProvider.jwkSetUri());
        int servicePort = ChildJvm.freePort();
        URI serviceUrl = URI.create("http://127.0.0.1:" + servicePort);
        Map<String, String> serviceEnv = new HashMap<>(security);
        serviceEnv.put("SERVER_PORT", String.valueOf(servicePort));
        serviceEnv.put("KAFKA_BROKERS", infrastructure.kafkaBootstrap());
        serviceEnv.put("MONGODB_URI", infrastructure.mongoUri(database));
        ChildJvm service = ChildJvm.start("enrollment-service (" + mode.label() + ")", javaOpts,
                List.of("-jar", jars.enrollmentService().toString()), serviceEnv,
                logDirectory.resolve(mode.fileLabel() + "-enrollment-service.log"));
        ChildJvm gateway = null;
        try {
            service.awaitHealthy(serviceUrl.resolve("/actuator/health"), STARTUP_TIMEOUT);
            int gatewayPort = ChildJvm.freePort();
            URI gatewayUrl = URI.create("http://127.0.0.1:" + gatewayPort);
            Map<String, String> gatewayEnv = new HashMap<>(security);
            gatewayEnv.put("SERVER_PORT", String.valueOf(gatewayPort));
            gatewayEnv.put("ENROLLMENT_SERVICE_URL", serviceUrl.toString());
            // required at startup with security on; no browser signs in during the benchmark
            gatewayEnv.put("EDUAID_GATEWAY_CLIENT_SECRET", "benchmark-no-browser-sign-in");
            // one test user sends every request: a per-user limit would measure the limiter's 429s
            gatewayEnv.put("GATEWAY_RATE_LIMIT_ENABLED", "false");
            gateway = ChildJvm.start("gateway (" + mode.label() + ")", javaOpts,
                    List.of("-jar", jars.gateway().toString()), gatewayEnv,
                    logDirectory.resolve(mode.fileLabel() + "-gateway.log"));
            gateway.awaitHealthy(gatewayUrl.resolve("/actuator/health"), STARTUP_TIMEOUT);
            return new Deployment(mode, serviceUrl, gatewayUrl, service, gateway);
        } catch (RuntimeException | InterruptedException e) {
            if (gateway != null) {
                gateway.close();
            }
            service.close();
            throw e;
        }
    }

    SecurityMode mode() {
        return mode;
    }

    URI baseUrl(RequestPath path) {
        return path == RequestPath.GATEWAY ? gatewayUrl : serviceUrl;
    }

    AppCpu cpuTime() {
        return new AppCpu(gateway.cpuTime(), service.cpuTime());
    }

    @Override
    public void close() {
        gateway.close();
        service.close();
    }
}
