package org.openbsn.devnet.chaincode;

/** The chaincode could not be reached, or its connection broke while a transaction ran. */
public final class ChaincodeUnavailableException extends RuntimeException {

    public ChaincodeUnavailableException(String message) {
        super(message);
    }

    public ChaincodeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
