package org.openbsn.devnet.chaincode;

/** The base chaincode served by the real shim on loopback for a test, under a fixed package id. */
public final class ServedBaseChaincode implements AutoCloseable {

    public static final String PACKAGE_ID = "base:" + "0".repeat(64);

    private final BuiltInChaincode chaincode;

    private ServedBaseChaincode(BuiltInChaincode chaincode) {
        this.chaincode = chaincode;
    }

    public static ServedBaseChaincode start() {
        return new ServedBaseChaincode(BuiltInChaincode.start(PACKAGE_ID));
    }

    public ChaincodeConnection connection() {
        return chaincode.connection();
    }

    @Override
    public void close() {
        chaincode.close();
    }
}
