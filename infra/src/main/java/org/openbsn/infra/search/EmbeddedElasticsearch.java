package org.openbsn.infra.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.openbsn.infra.process.LeftoverProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch server run as a child process on a free loopback port, unpacked once from
 * the distribution Maven fetched, with its data under a directory that survives restarts.
 * Elasticsearch refuses to run as root, so as root it runs in a user namespace as uid 1000.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
    private static final Duration START_PATIENCE = Duration.ofSeconds(180);

    private final Process process;
    private final String url;
    private final Path home;

    private EmbeddedElasticsearch(Process process, String url, Path home) {
        this.process = process;
        this.url = url;
        this.home = home;
    }

    /** The version this build was made with (the distribution Maven fetches). */
    public static String version() {
        try (InputStream in = EmbeddedElasticsearch.class.getResourceAsStream("/bsn-versions.properties")) {
            Properties versions = new Properties();
            versions.load(in);
            return versions.getProperty("elasticsearch.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finds the distribution: the configured file, or the one Maven put in the local repository. */
    public static Path locateDistribution(Path configured) {
        List<Path> candidates = new ArrayList<>();
        if (configured != null && !configured.toString().isBlank()) {
            candidates.add(configured);
        }
        String version = version();
        String repository = System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        candidates.add(Path.of(repository, "org", "elasticsearch", "distribution", "integ-test-zip", "elasticsearch",
                version, "elasticsearch-" + version + ".zip"));
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() -> new IllegalStateException(
                "The Elasticsearch " + version + " distribution was not found (looked at " + candidates + "). Build once"
                        + " with Maven (mvn -B -pl infra generate-resources fetches it from Maven Central), set"
                        + " BSN_ES_DISTRIBUTION to the zip, or set BSN_ES_URL to use your own Elasticsearch."));
    }

    /** Unpacks (first time only) and starts Elasticsearch; returns once the cluster is healthy. */
    public static EmbeddedElasticsearch start(Path distribution, Path baseDirectory, String heap) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        try {
            Path home = unpack(distribution, base.resolve("dist"));
            Path data = Files.createDirectories(base.resolve("data"));
            Path logs = Files.createDirectories(base.resolve("logs"));
            Path pidFile = base.resolve("elasticsearch.pid");
            LeftoverProcess.stop(pidFile, "elasticsearch", Duration.ofSeconds(60));
            Files.deleteIfExists(pidFile);
            int httpPort = freePort();
            int transportPort = freePort();

            List<String> command = new ArrayList<>();
            if (runningAsRoot()) {
                command.addAll(List.of("unshare", "-U", "--map-user=1000", "--map-group=1000"));
            }
            command.add(home.resolve("bin").resolve("elasticsearch").toString());
            for (String setting : List.of("path.data=" + data, "path.logs=" + logs, "network.host=127.0.0.1",
                    "http.port=" + httpPort, "transport.port=" + transportPort, "discovery.type=single-node",
                    "cluster.name=openbsn", "node.name=openbsn", "xpack.security.enabled=false",
                    "cluster.routing.allocation.disk.threshold_enabled=false")) {
                command.add("-E");
                command.add(setting);
            }
            command.add("-p");
            command.add(pidFile.toString());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("console.log").toFile()));
            builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
            Instant started = Instant.now();
            Process process = builder.start();
            String url = "http://127.0.0.1:" + httpPort;
            awaitHealthy(process, url, logs.resolve("console.log"));
            log.info("Embedded Elasticsearch {} started at {} in {} s with data in {}", version(), url,
                    Duration.between(started, Instant.now()).toSeconds(), data);
            return new EmbeddedElasticsearch(process, url, home);
        } catch (IOException e) {
            throw new IllegalStateException(cannotStart(base, e.getMessage()), e);
        }
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        // a stop asked for during start-up interrupts the starting thread; Elasticsearch still gets its time to stop
        boolean interrupted = Thread.interrupted();
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception slow) {
                handle.destroyForcibly();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        log.info("Embedded Elasticsearch stopped ({})", home.getFileName());
    }

    private static Path unpack(Path distribution, Path into) throws IOException {
        Path home = into.resolve("elasticsearch-" + version());
        if (Files.isRegularFile(home.resolve("bin").resolve("elasticsearch"))) {
            return home;
        }
        Files.createDirectories(into);
        Path staging = Files.createTempDirectory(into, "unpacking-");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(distribution))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = staging.resolve(entry.getName()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("The distribution contains an entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path unpacked = staging.resolve("elasticsearch-" + version());
        try (var scripts = Files.list(unpacked.resolve("bin"))) {
            scripts.forEach(script -> script.toFile().setExecutable(true, false));
        }
        // a crash while unpacking leaves only a staging folder, never a half-unpacked home
        Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(staging);
        return home;
    }

    private static void awaitHealthy(Process process, String url, Path console) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Elasticsearch exited with code " + process.exitValue() + ". Last output:\n"
                        + tail(console));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while waiting for Elasticsearch");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while waiting for Elasticsearch");
            }
        }
        process.destroyForcibly();
        throw new IOException("Elasticsearch was not healthy after " + START_PATIENCE.toSeconds() + " s. Last output:\n"
                + tail(console));
    }

    private static String tail(Path console) throws IOException {
        List<String> lines = Files.readAllLines(console, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }

    private static String cannotStart(Path base, String cause) {
        return "Could not start the embedded Elasticsearch in " + base + ": " + cause + "\nIf another portal uses this"
                + " data directory, stop it or set BSN_DATA_DIR elsewhere; to use your own Elasticsearch, set BSN_ES_URL.";
    }

    private static boolean runningAsRoot() {
        return ProcessHandle.current().info().user().map("root"::equals).orElse(false);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
