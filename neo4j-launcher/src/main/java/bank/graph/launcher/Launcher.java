package bank.graph.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community in-process with the Bolt connector on 127.0.0.1 and
 * keeps it running until SIGTERM/SIGINT (or, with --exit-on-stdin-close, until
 * the parent process closes our stdin, so a crashed parent never leaves an
 * orphan database holding the store lock).
 *
 * Settings come from the environment: NEO4J_BOLT_PORT (7687), NEO4J_DATA_DIR
 * (./.neo4j-data), NEO4J_PAGECACHE_SIZE (512m). The heap is a JVM flag (-Xmx),
 * set by whoever starts the JVM.
 *
 * Prints one line "NEO4J_READY bolt://127.0.0.1:PORT" when Bolt accepts
 * connections; the Node side waits for it.
 */
public final class Launcher {
    private static final String READY_LINE = "NEO4J_READY bolt://127.0.0.1:%d";

    public static void main(String[] args) throws Exception {
        int port = intSetting("NEO4J_BOLT_PORT", 7687);
        Path dataDir = Path.of(setting("NEO4J_DATA_DIR", ".neo4j-data")).toAbsolutePath();
        long pageCache = bytesSetting("NEO4J_PAGECACHE_SIZE", "512m");
        boolean exitOnStdinClose = Arrays.asList(args).contains("--exit-on-stdin-close");

        SocketAddress bolt = new SocketAddress("127.0.0.1", port);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                // Routing tables (neo4j://) hand out the advertised address; without
                // it a client would be sent to the default port 7687.
                .setConfig(BoltConnector.advertised_address, bolt)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Shutdown flushes the page cache and checkpoints, so no write is
            // lost and the next start finds no stale store lock.
            System.out.println("NEO4J_STOPPING");
            dbms.shutdown();
            System.out.println("NEO4J_STOPPED");
            stopped.countDown();
        }, "neo4j-shutdown"));

        var db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) {
            System.err.println("Neo4j did not become available within 2 minutes; see " + dataDir.resolve("logs/debug.log"));
            System.exit(1);
        }
        System.out.println(String.format(Locale.ROOT, READY_LINE, port));
        System.out.flush();

        if (exitOnStdinClose) {
            waitForStdinClose(System.in);
            System.exit(0);
        }
        stopped.await();
    }

    private static void waitForStdinClose(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Input is ignored; only its end matters.
            }
        } catch (IOException e) {
            // A broken pipe means the parent is gone: stop as on EOF.
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int intSetting(String name, int fallback) {
        String value = setting(name, Integer.toString(fallback));
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) throw new NumberFormatException();
            return port;
        } catch (NumberFormatException e) {
            System.err.println(name + " must be a port number from 1 to 65535, got: " + value);
            System.exit(2);
            return fallback;
        }
    }

    private static long bytesSetting(String name, String fallback) {
        String value = setting(name, fallback).toLowerCase(Locale.ROOT);
        try {
            long number = Long.parseLong(value.replaceAll("[kmg]$", ""));
            if (value.endsWith("g")) return ByteUnit.gibiBytes(number);
            if (value.endsWith("m")) return ByteUnit.mebiBytes(number);
            if (value.endsWith("k")) return ByteUnit.kibiBytes(number);
            return number;
        } catch (NumberFormatException e) {
            System.err.println(name + " must be a size such as 512m or 2g, got: " + value);
            System.exit(2);
            return 0;
        }
    }

    private Launcher() {
    }
}
