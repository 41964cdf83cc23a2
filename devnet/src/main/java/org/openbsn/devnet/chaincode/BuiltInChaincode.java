package org.openbsn.devnet.chaincode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.hyperledger.fabric.shim.ChaincodeServer;
import org.openbsn.basechaincode.BaseChaincode;

/**
 * The built-in base chaincode served in this process as chaincode-as-a-service on a free loopback
 * port, and devnet's connection to it (made as soon as the server listens).
 */
public final class BuiltInChaincode implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChaincodeServer server;
    private final ChaincodeConnection connection;

    private BuiltInChaincode(ChaincodeServer server, ChaincodeConnection connection) {
        this.server = server;
        this.connection = connection;
    }

    /** Serves the base chaincode as {@code packageId} and connects to it. */
    public static BuiltInChaincode start(String packageId) {
        try {
            int port;
            try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = free.getLocalPort();
            }
            ChaincodeServer server = new BaseChaincode().serve(packageId, new InetSocketAddress("127.0.0.1", port));
            Thread serving = new Thread(() -> {
                try {
                    server.start();
                } catch (Exception stopped) {
                    // stopped by close()
                }
            }, "built-in-chaincode");
            serving.setDaemon(true);
            serving.start();
            return new BuiltInChaincode(server, connectWhenListening(port));
        } catch (IOException e) {
            throw new UncheckedIOException("The built-in chaincode could not start", e);
        }
    }

    public ChaincodeConnection connection() {
        return connection;
    }

    private static ChaincodeConnection connectWhenListening(int port) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                return ChaincodeConnection.connect("127.0.0.1", port, Duration.ofSeconds(5));
            } catch (ChaincodeUnavailableException notYetListening) {
                if (System.nanoTime() > deadline) {
                    throw notYetListening;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw notYetListening;
                }
            }
        }
    }

    @Override
    public void close() {
        connection.close();
        server.stop();
    }
}
