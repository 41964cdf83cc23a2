package org.openbsn.devnet.chaincode;

import java.util.Map;

import org.hyperledger.fabric.protos.peer.ChaincodeEvent;

/**
 * What one chaincode invocation did: its response, the version of every key it read (null when
 * the key was absent), what it wrote (a null value deletes), and the event it raised, if any.
 */
public record Simulation(int status, String message, byte[] payload,
                         Map<String, StateView.Versioned> reads, Map<String, byte[]> writes, ChaincodeEvent event) {

    public boolean succeeded() {
        return status < 400;
    }
}
