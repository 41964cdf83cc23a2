package org.openbsn.orderingbridge.network;

import java.net.InetSocketAddress;
import java.time.Duration;

import org.hyperledger.fabric.shim.ChaincodeServer;
import org.openbsn.basechaincode.BaseChaincode;
import org.openbsn.basechaincode.CcaasPackage;

/**
 * The pre-built base chaincode served as chaincode-as-a-service by the portal, where the city nodes' peers dial it
 * ({@code BSN_FABRIC_CHAINCODE_ADDRESS}), until the city-node software runs it on each node. One package serves every
 * channel: the peers install it and the portal serves its package id.
 */
final class BaseChaincodeService implements AutoCloseable {

    static final String LABEL = "base_1";

    private final String address;
    private final byte[] packageFile;
    private ChaincodeServer server;

    BaseChaincodeService(String address) {
        this.address = address;
        this.packageFile = CcaasPackage.build(LABEL, address, Duration.ofSeconds(10));
    }

    /** The package the peers install: its connection.json names where this portal serves the chaincode. */
    byte[] packageFile() {
        return packageFile.clone();
    }

    String packageId() {
        return CcaasPackage.packageId(LABEL, packageFile);
    }

    /** Starts serving (once) on the address's port, on every interface of this host that address names. */
    synchronized void serve() {
        if (server != null) {
            return;
        }
        int colon = address.lastIndexOf(':');
        InetSocketAddress listen = new InetSocketAddress(address.substring(0, colon),
                Integer.parseInt(address.substring(colon + 1)));
        try {
            ChaincodeServer started = new BaseChaincode().serve(packageId(), listen);
            Thread serving = new Thread(() -> {
                try {
                    started.start();
                } catch (Exception stopped) {
                    // stopped by close()
                }
            }, "base-chaincode-server");
            serving.setDaemon(true);
            serving.start();
            server = started;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The base chaincode cannot be served at " + address + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop();
        }
    }
}
