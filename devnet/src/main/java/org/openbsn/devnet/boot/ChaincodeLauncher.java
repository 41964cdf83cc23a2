package org.openbsn.devnet.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.openbsn.infra.error.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs marketplace packages on devnet: each package's chaincode.jar in a JVM of its own, one per Fabric package id
 * (shared by every channel that uses it), as chaincode-as-a-service on loopback. The jar is an author's code, so it
 * gets a cleared environment, a heap cap and its own folder {@code <dir>/<sha256>/} for its working directory and log.
 * The port is kept in that folder, so after a restart the package listens where devnet's deployments dial it.
 */
final class ChaincodeLauncher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChaincodeLauncher.class);
    private static final String JAR = "chaincode.jar";
    private static final String PORT_FILE = "port";
    private static final String LOG_FILE = "chaincode.log";
    private static final int LOG_LINES_SHOWN = 15;

    private final Path directory;
    private final Duration startDeadline;
    private final String heap;
    private final Map<String, Process> running = new ConcurrentHashMap<>();

    ChaincodeLauncher(Path directory, Duration startDeadline, String heap) {
        this.directory = directory;
        this.startDeadline = startDeadline;
        this.heap = heap;
    }

    /** Makes the package's chaincode listen (starting it unless it runs already) and answers where. */
    synchronized InetSocketAddress launch(String fabricPackageId, byte[] packageFile) {
        Path folder = folderOf(fabricPackageId);
        Process process = running.get(fabricPackageId);
        if (process != null && process.isAlive()) {
            return address(folder);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("devnet cannot make the folder of package " + fabricPackageId, e);
        }
        PackageArchive.extractChaincodeJar(fabricPackageId, packageFile, folder.resolve(JAR));
        return start(fabricPackageId, folder);
    }

    /** Starts again, each on its recorded port, the packages among {@code fabricPackageIds} this launcher ran before. */
    synchronized void resume(Collection<String> fabricPackageIds) {
        for (String id : fabricPackageIds) {
            if (!PackageArchive.FABRIC_PACKAGE_ID.matcher(id).matches()) {
                continue;
            }
            Path folder = folderOf(id);
            if (Files.isRegularFile(folder.resolve(JAR)) && Files.isRegularFile(folder.resolve(PORT_FILE))
                    && !running.containsKey(id)) {
                try {
                    start(id, folder);
                } catch (DomainException failed) {
                    LOG.warn("Package {} did not start again; applications using it fail until it is deployed again: {}",
                            id, failed.getMessage());
                }
            }
        }
    }

    /** The process id of the package's running chaincode, if it runs. */
    Optional<Long> processOf(String fabricPackageId) {
        return Optional.ofNullable(running.get(fabricPackageId)).filter(Process::isAlive).map(Process::pid);
    }

    private Path folderOf(String fabricPackageId) {
        return directory.resolve(PackageArchive.hashOf(fabricPackageId));
    }

    private InetSocketAddress start(String fabricPackageId, Path folder) {
        InetSocketAddress address = address(folder);
        Path log = folder.resolve(LOG_FILE);
        Path work = folder.resolve("work");
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException("devnet cannot make the working folder of package " + fabricPackageId, e);
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Djava.io.tmpdir=" + work.toAbsolutePath(), "-jar", folder.resolve(JAR).toAbsolutePath().toString())
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> environment = builder.environment();
        environment.clear(); // the portal's secrets (database, Stripe) stay with the portal
        environment.put("CHAINCODE_SERVER_ADDRESS", address.getHostString() + ":" + address.getPort());
        environment.put("CORE_CHAINCODE_ID_NAME", fabricPackageId);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new DomainException("chaincode.start-failed", "The chaincode of package " + fabricPackageId
                    + " could not be started: " + e.getMessage(), fabricPackageId);
        }
        awaitListening(fabricPackageId, process, address, log);
        running.put(fabricPackageId, process);
        LOG.info("Package {} runs as process {} on {}", fabricPackageId, process.pid(), address);
        return address;
    }

    private void awaitListening(String fabricPackageId, Process process, InetSocketAddress address, Path log) {
        long deadline = System.nanoTime() + startDeadline.toNanos();
        while (true) {
            try (Socket probe = new Socket()) {
                probe.connect(address, 500);
                return;
            } catch (IOException notYetListening) {
                boolean exited = !process.isAlive();
                if (exited || System.nanoTime() > deadline) {
                    stop(process);
                    throw new DomainException("chaincode.not-started", "The chaincode of package " + fabricPackageId
                            + (exited ? " exited with code " + process.exitValue()
                                    : " did not listen within " + startDeadline.toSeconds() + " s")
                            + ". Its log ends:\n" + tail(log), fabricPackageId);
                }
                try {
                    Thread.sleep(100); // poll interval of the deadline above
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    stop(process);
                    throw new DomainException("chaincode.not-started", "Starting package " + fabricPackageId
                            + " was interrupted", fabricPackageId);
                }
            }
        }
    }

    /** The package's address: its recorded port, or a free one recorded now. */
    private static InetSocketAddress address(Path folder) {
        Path file = folder.resolve(PORT_FILE);
        try {
            int port;
            if (Files.isRegularFile(file)) {
                port = Integer.parseInt(Files.readString(file, StandardCharsets.US_ASCII).trim());
            } else {
                try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                    port = free.getLocalPort();
                }
                Files.writeString(file, Integer.toString(port), StandardCharsets.US_ASCII);
            }
            return new InetSocketAddress("127.0.0.1", port);
        } catch (IOException e) {
            throw new UncheckedIOException("devnet cannot keep the port of the chaincode in " + folder, e);
        }
    }

    private static String tail(Path log) {
        try {
            byte[] bytes = Files.readAllBytes(log);
            int from = Math.max(0, bytes.length - 16 * 1024);
            List<String> lines = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_SHOWN), lines.size()));
        } catch (IOException unreadable) {
            return "(no log)";
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Stops every chaincode process this launcher started. */
    @Override
    public synchronized void close() {
        running.values().forEach(ChaincodeLauncher::stop);
        running.clear();
    }
}
