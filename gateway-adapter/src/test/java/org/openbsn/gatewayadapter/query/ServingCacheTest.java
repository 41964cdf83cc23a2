package org.openbsn.gatewayadapter.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class ServingCacheTest {

    private final ServingCache cache = new ServingCache();
    private final AtomicReference<String> stored = new AtomicReference<>("roles: Reader");

    @AfterEach
    void noTransactionLeftOpen() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void anAnswerIsReadOnceAndReadAgainAfterAChange() {
        assertThat(cache.get("member", stored::get)).isEqualTo("roles: Reader");
        stored.set("roles: SysAdmin");
        assertThat(cache.get("member", stored::get)).as("kept until a projection says it changed").isEqualTo("roles: Reader");

        cache.changed();
        assertThat(cache.get("member", stored::get)).isEqualTo("roles: SysAdmin");
    }

    @Test
    void whatWasReadWhileAChangeWasCommittingIsForgottenOnceItCommits() {
        assertThat(cache.get("member", stored::get)).isEqualTo("roles: Reader");
        TransactionSynchronizationManager.initSynchronization();
        cache.changed();
        // another call reads the committed state while the projection's transaction is still open
        assertThat(cache.get("member", stored::get)).isEqualTo("roles: Reader");
        stored.set("roles: SysAdmin");
        var synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations, TransactionSynchronization.STATUS_COMMITTED);

        assertThat(cache.get("member", stored::get)).isEqualTo("roles: SysAdmin");
    }
}
