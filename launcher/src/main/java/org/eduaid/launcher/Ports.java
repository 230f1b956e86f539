package org.eduaid.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Port checks on the loopback interface, where everything the launcher runs listens. */
public final class Ports {

    /** Linux's list of the ports it hands to outgoing connections and to binds of port 0. */
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int LOWEST = 10_000;
    private static final int ATTEMPTS = 200;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private Ports() {
    }

    /**
     * A port nothing listens on right now, never one this JVM handed out before. It is taken from below
     * the kernel's ephemeral range: a port from inside it (what binding port 0 gives) can become the
     * local end of some outgoing connection, such as a Kafka client's, before the app meant to listen on
     * it binds it, and that app then fails to start.
     */
    public static int findFree() {
        int below = ephemeralRangeStart();
        if (below > LOWEST + ATTEMPTS) {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
                if (isFree(port) && HANDED_OUT.add(port)) {
                    return port;
                }
            }
        }
        return anyFreePort();
    }

    private static int anyFreePort() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("No free port on the loopback interface", e);
            }
        }
        throw new IllegalStateException("No free port on the loopback interface after " + ATTEMPTS + " attempts");
    }

    private static int ephemeralRangeStart() {
        try {
            // readAllLines, since /proc reports a size of 0 that readString takes at its word
            return Integer.parseInt(Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // as a server about to bind it would: a port left in TIME_WAIT by our last run is usable
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
