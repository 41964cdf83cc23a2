package org.openbsn.devnet.ledger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.openbsn.devnet.policy.EndorsementPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a system chaincode's namespace adds to a channel's ledger, as Fabric's {@code _lifecycle} does: a validation
 * policy that depends on what a transaction writes, and listeners told of each committed write.
 */
public final class NamespaceRules {

    private static final Logger LOG = LoggerFactory.getLogger(NamespaceRules.class);

    private final Map<String, Function<KVRWSet, EndorsementPolicy>> writePolicies = new ConcurrentHashMap<>();
    private final Map<String, List<Consumer<List<String>>>> listeners = new ConcurrentHashMap<>();

    /**
     * Makes the policy a transaction of {@code namespace} must satisfy depend on what it writes (an approval needs
     * its own organisation's peer, a commit the channel's rule).
     */
    public void defineWritePolicy(String namespace, Function<KVRWSet, EndorsementPolicy> policy) {
        writePolicies.put(namespace, policy);
    }

    /**
     * Calls {@code listener} with the keys each valid transaction of {@code namespace} wrote, once its block is
     * committed and before its submitter learns the transaction's status.
     */
    public void onCommitted(String namespace, Consumer<List<String>> listener) {
        listeners.computeIfAbsent(namespace, n -> new CopyOnWriteArrayList<>()).add(listener);
    }

    Optional<EndorsementPolicy> policy(String namespace, KVRWSet rwset) {
        return Optional.ofNullable(writePolicies.get(namespace)).map(policy -> policy.apply(rwset));
    }

    /** Tells the namespace's listeners; one that fails is logged, so the block's submitters still learn their status. */
    void committed(Validated transaction) {
        List<String> keys = transaction.rwset().getWritesList().stream().map(KVWrite::getKey).toList();
        for (Consumer<List<String>> listener : listeners.getOrDefault(transaction.namespace(), List.of())) {
            try {
                listener.accept(keys);
            } catch (RuntimeException failed) {
                LOG.error("A listener of {} failed on transaction {}", transaction.namespace(), transaction.txId(), failed);
            }
        }
    }
}
