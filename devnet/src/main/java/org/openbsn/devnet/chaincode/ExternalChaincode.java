package org.openbsn.devnet.chaincode;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/**
 * A chaincode served as chaincode-as-a-service by a process of its own, reached as a Fabric peer
 * reaches one from a ccaas package's connection.json: devnet dials the address when a transaction
 * needs the chaincode, expects it to register under the package id, and dials again for the next
 * transaction once the connection has ended (the process stopped, then came back).
 */
public final class ExternalChaincode implements Chaincode, AutoCloseable {

    private final String name;
    private final InetSocketAddress address;
    private final String packageId;
    private final Duration dialTimeout;
    private ChaincodeConnection connection;
    private boolean closed;

    /** The chaincode deployed as {@code name}, listening at {@code address} and registering as {@code packageId}. */
    public ExternalChaincode(String name, InetSocketAddress address, String packageId, Duration dialTimeout) {
        this.name = name;
        this.address = address;
        this.packageId = packageId;
        this.dialTimeout = dialTimeout;
    }

    @Override
    public Simulation invoke(String channelId, String txId, List<byte[]> args, StateView state, Duration patience) {
        try {
            return connection().invoke(channelId, txId, args, state, patience);
        } catch (ChaincodeUnavailableException first) {
            // a chaincode server ends its connections after a while (the shim's MaxConnectionAge): a simulation changes
            // nothing, so it is run once more on a fresh connection, as a peer dials the chaincode again
            try {
                return connection().invoke(channelId, txId, args, state, patience);
            } catch (ChaincodeUnavailableException unavailable) {
                throw new ChaincodeUnavailableException(describe() + " is unavailable: " + unavailable.getMessage(),
                        unavailable);
            }
        }
    }

    private synchronized ChaincodeConnection connection() {
        if (closed) {
            throw new ChaincodeUnavailableException("devnet is shutting down");
        }
        if (connection != null && connection.isOpen()) {
            return connection;
        }
        if (connection != null) {
            connection.close();
            connection = null;
        }
        ChaincodeConnection dialled = ChaincodeConnection.connect(address.getHostString(), address.getPort(), dialTimeout);
        String registeredAs = dialled.chaincodeName();
        if (!packageId.equals(registeredAs)) {
            dialled.close();
            throw new ChaincodeUnavailableException("it registered as " + registeredAs + ", not as the package id "
                    + packageId + " it was deployed with");
        }
        connection = dialled;
        return connection;
    }

    private String describe() {
        return "chaincode " + name + " (package " + packageId + " at " + address.getHostString() + ":" + address.getPort() + ")";
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (connection != null) {
            connection.close();
        }
    }
}
