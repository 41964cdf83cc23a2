package org.openbsn.devnet.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.openbsn.devnet.chaincode.StateView;

/**
 * A channel's world state and each key's history, keyed by chaincode namespace and key. A block's valid writes are
 * applied at once, so a simulation never reads half a block.
 */
final class WorldState {

    private final Map<String, StateView.Versioned> state = new HashMap<>();
    private final Map<String, List<StateView.Change>> history = new HashMap<>();

    /** The value and version of {@code key} in {@code namespace}, or null when absent. */
    synchronized StateView.Versioned get(String namespacedKey) {
        return state.get(namespacedKey);
    }

    static String key(String namespace, String key) {
        return namespace + "\u0000" + key;
    }

    /** Applies the valid transactions of block {@code block}, by their index in it, in order. */
    synchronized void apply(Map<Integer, Validated> valid, long block) {
        valid.forEach((index, transaction) -> apply(transaction, block, index));
    }

    synchronized void apply(Validated valid, long block, int index) {
        for (KVWrite write : valid.rwset().getWritesList()) {
            String key = key(valid.namespace(), write.getKey());
            byte[] value = write.getIsDelete() ? null : write.getValue().toByteArray();
            if (value == null) {
                state.remove(key);
            } else {
                state.put(key, new StateView.Versioned(value, block, index));
            }
            history.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new StateView.Change(valid.txId(), value, valid.timestamp(), value == null));
        }
    }

    /** The keys of {@code namespace} that start with {@code prefix}, in no particular order. */
    synchronized List<String> keys(String namespace, String prefix) {
        String start = key(namespace, prefix);
        return state.keySet().stream().filter(key -> key.startsWith(start))
                .map(key -> key.substring(namespace.length() + 1)).toList();
    }

    /** The world state of one chaincode as simulations read it. */
    StateView view(String chaincode) {
        return new StateView() {
            @Override
            public Optional<Versioned> get(String key) {
                return Optional.ofNullable(WorldState.this.get(key(chaincode, key)));
            }

            @Override
            public List<Change> history(String key) {
                synchronized (WorldState.this) {
                    return List.copyOf(history.getOrDefault(key(chaincode, key), List.of()));
                }
            }
        };
    }
}
