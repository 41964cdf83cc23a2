package org.openbsn.gatewayadapter.query;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The gateway's read models as every call reads them, kept in memory: a call then costs no
 * database round trip for its application, membership and keys. A projection that changes any of
 * them calls {@link #changed()}, which drops everything once its transaction has committed; a
 * value loaded while a change was committing is not kept, so nothing stale stays behind.
 */
@Component
class ServingCache {

    private static final int MOST_ENTRIES = 20_000;

    private final Map<Object, Object> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** The cached answer for {@code key}, or what {@code load} reads (kept unless a change committed meanwhile). */
    @SuppressWarnings("unchecked")
    <V> V get(Object key, Supplier<V> load) {
        Object known = entries.get(key);
        if (known != null) {
            return (V) known;
        }
        long before = generation.get();
        V loaded = load.get();
        if (entries.size() >= MOST_ENTRIES) {
            entries.clear();
        }
        if (generation.get() == before) {
            entries.put(key, loaded);
            if (generation.get() != before) {
                entries.remove(key, loaded);
            }
        }
        return loaded;
    }

    /** A projection changed what calls read: forget everything after its transaction commits (or now, outside one). */
    void changed() {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    private void forget() {
        generation.incrementAndGet();
        entries.clear();
    }
}
