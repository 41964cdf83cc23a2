package org.openbsn.devnet.chaincode;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.hyperledger.fabric.shim.ChaincodeServer;
import org.openbsn.basechaincode.BaseChaincode;

/** The base chaincode served by the real shim on a free loopback port, and devnet's connection to it. */
public final class ServedBaseChaincode implements AutoCloseable {

    public static final String PACKAGE_ID = "base:" + "0".repeat(64);

    private final ChaincodeServer server;
    private final ChaincodeConnection connection;

    private ServedBaseChaincode(ChaincodeServer server, ChaincodeConnection connection) {
        this.server = server;
        this.connection = connection;
    }

    public static ServedBaseChaincode start() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ChaincodeServer server = new BaseChaincode().serve(PACKAGE_ID, new InetSocketAddress("127.0.0.1", port));
        Thread serving = new Thread(() -> {
            try {
                server.start();
            } catch (Exception stopped) {
                // stopped by the test
            }
        }, "base-chaincode");
        serving.setDaemon(true);
        serving.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try {
                return new ServedBaseChaincode(server, ChaincodeConnection.connect("127.0.0.1", port, Duration.ofSeconds(5)));
            } catch (IllegalStateException notYetListening) {
                if (System.nanoTime() > deadline) {
                    throw notYetListening;
                }
                Thread.sleep(200);
            }
        }
    }

    public ChaincodeConnection connection() {
        return connection;
    }

    @Override
    public void close() {
        connection.close();
        server.stop();
    }
}
