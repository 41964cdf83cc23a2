package org.openbsn.devnet.chaincode;

import java.time.Duration;
import java.util.List;

/** A chaincode a peer can run transactions on, wherever it runs. */
public interface Chaincode {

    /**
     * Runs one transaction: {@code args[0]} is the function, the rest its arguments.
     *
     * @throws ChaincodeUnavailableException when the chaincode cannot be reached or went away meanwhile
     */
    Simulation invoke(String channelId, String txId, List<byte[]> args, StateView state, Duration patience);
}
