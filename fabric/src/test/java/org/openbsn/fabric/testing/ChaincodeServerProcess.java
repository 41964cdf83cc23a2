package org.openbsn.fabric.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openbsn.basechaincode.testing.SamplePackages;
import org.openbsn.infra.testing.Await;

/** The base chaincode served as chaincode-as-a-service by a JVM of its own, as a city node would run it. */
public final class ChaincodeServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private ChaincodeServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the server for {@code packageId} on a free loopback port and waits until it listens. */
    public static ChaincodeServerProcess start(Path workDir, String packageId, int port) {
        try {
            Path jar = workDir.resolve("base-chaincode.jar");
            Files.write(jar, SamplePackages.chaincodeJar());
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx128m", "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(workDir.resolve("chaincode-" + port + ".log").toFile());
            builder.environment().put("CHAINCODE_SERVER_ADDRESS", "127.0.0.1:" + port);
            builder.environment().put("CORE_CHAINCODE_ID_NAME", packageId);
            ChaincodeServerProcess server = new ChaincodeServerProcess(builder.start(), port);
            try {
                Await.until("the chaincode server listens on " + port + " (its log is in " + workDir + ")",
                        () -> server.listening() || !server.process.isAlive(), Duration.ofSeconds(60));
            } catch (AssertionError timedOut) {
                server.close();
                throw timedOut;
            }
            if (!server.process.isAlive()) {
                throw new IllegalStateException("The chaincode server stopped before it listened on " + port
                        + "; see its log in " + workDir);
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
