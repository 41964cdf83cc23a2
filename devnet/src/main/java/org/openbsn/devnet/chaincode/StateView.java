package org.openbsn.devnet.chaincode;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The committed world state of one chaincode on one channel, as a simulation reads it. */
public interface StateView {

    Optional<Versioned> get(String key);

    /** Every committed change of {@code key}, oldest first. */
    List<Change> history(String key);

    /** A value with the version Fabric gives it: the block and transaction that wrote it. */
    record Versioned(byte[] value, long blockNumber, long txNumber) {
    }

    /** One committed change of a key. */
    record Change(String txId, byte[] value, Instant timestamp, boolean deleted) {
    }
}
