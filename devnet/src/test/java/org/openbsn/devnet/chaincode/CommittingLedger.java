package org.openbsn.devnet.chaincode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Commits simulations in order, keeping versions, deletes and history as a ledger does (until devnet has its own). */
public final class CommittingLedger implements StateView {

    private final Map<String, Versioned> state = new HashMap<>();
    private final Map<String, List<Change>> history = new HashMap<>();
    private long height;

    @Override
    public synchronized Optional<Versioned> get(String key) {
        return Optional.ofNullable(state.get(key));
    }

    @Override
    public synchronized List<Change> history(String key) {
        return List.copyOf(history.getOrDefault(key, List.of()));
    }

    public synchronized void commit(String txId, Simulation simulation) {
        long block = height++;
        simulation.writes().forEach((key, value) -> {
            if (value == null) {
                state.remove(key);
            } else {
                state.put(key, new Versioned(value, block, 0));
            }
            history.computeIfAbsent(key, k -> new ArrayList<>()).add(new Change(txId, value, Instant.now(), value == null));
        });
    }
}
