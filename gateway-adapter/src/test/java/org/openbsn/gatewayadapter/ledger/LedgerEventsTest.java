package org.openbsn.gatewayadapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.infra.testing.Await;
import org.openbsn.infra.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Chaincode events followed with checkpoints in a real PostgreSQL, from a real devnet over TLS. */
class LedgerEventsTest {

    @TempDir
    static Path data;

    private static DevnetLedger ledger;
    private static LedgerClient client;
    private static LedgerIdentity member;
    private static JdbcClient jdbc;
    private static TransactionTemplate transactions;

    @BeforeAll
    static void start() {
        ledger = DevnetLedger.start(data, "events-1", "listener");
        client = ledger.client();
        member = ledger.member();
        jdbc = TestDatabase.get().jdbc();
        jdbc.sql("""
                CREATE TABLE IF NOT EXISTS handled_event (
                    listener VARCHAR(200), block_number BIGINT, tx_id VARCHAR(128), name VARCHAR(100), payload TEXT)""")
                .update();
        transactions = new TransactionTemplate(new DataSourceTransactionManager(TestDatabase.get().dataSource()));
    }

    @AfterAll
    static void stop() {
        ledger.close();
    }

    private static void set(String key) {
        client.submit(member, "events-1", "base", "set", "{\"baseKey\":\"" + key + "\",\"baseValue\":\"v\"}");
    }

    private static LedgerEventHandler recordingAs(String listener) {
        return event -> jdbc.sql("INSERT INTO handled_event VALUES (:listener, :block, :tx, :name, :payload)")
                .param("listener", listener).param("block", event.blockNumber()).param("tx", event.transactionId())
                .param("name", event.name()).param("payload", new String(event.payload(), StandardCharsets.UTF_8))
                .update();
    }

    private static List<String> payloads(String listener) {
        return jdbc.sql("SELECT payload FROM handled_event WHERE listener = :listener ORDER BY block_number, tx_id")
                .param("listener", listener).query(String.class).list();
    }

    private static int handled(String listener) {
        return payloads(listener).size();
    }

    private static void waitFor(BooleanSupplier condition) {
        Await.until(condition, Duration.ofSeconds(30));
    }

    @Test
    void everyEventIsHandledOnceAcrossARestartIncludingThoseCommittedWhileStopped() throws Exception {
        String listener = "restart-" + UUID.randomUUID();
        String prefix = listener.substring(8, 16);
        for (int i = 1; i <= 3; i++) {
            set(prefix + "-before-" + i);
        }
        try (LedgerEvents events = new LedgerEvents(client, jdbc, transactions)) {
            events.subscribe(new LedgerEvents.Listener(listener, member, "events-1", "base"), recordingAs(listener));
            waitFor(() -> payloads(listener).stream().filter(p -> p.contains(prefix)).count() == 3);
        }
        for (int i = 1; i <= 3; i++) {
            set(prefix + "-while-stopped-" + i);
        }
        int beforeRestart = handled(listener);
        try (LedgerEvents events = new LedgerEvents(client, jdbc, transactions)) {
            events.subscribe(new LedgerEvents.Listener(listener, member, "events-1", "base"), recordingAs(listener));
            waitFor(() -> handled(listener) == beforeRestart + 3);
            set(prefix + "-live");
            waitFor(() -> handled(listener) == beforeRestart + 4);
        }

        List<String> mine = payloads(listener).stream().filter(p -> p.contains(prefix)).toList();
        assertThat(mine).hasSize(7).doesNotHaveDuplicates();
        assertThat(mine.get(6)).contains(prefix + "-live");
        assertThat(payloads(listener)).doesNotHaveDuplicates();
    }

    @Test
    void aHandlerFailureRollsBackItsWritesAndTheEventComesAgain() throws Exception {
        String listener = "failing-" + UUID.randomUUID();
        String key = listener.substring(8, 16) + "-flaky";
        AtomicBoolean failedOnce = new AtomicBoolean();
        LedgerEventHandler recording = recordingAs(listener);
        set(key);
        try (LedgerEvents events = new LedgerEvents(client, jdbc, transactions)) {
            LedgerEvents.Subscription subscription = events.subscribe(
                    new LedgerEvents.Listener(listener, member, "events-1", "base"), event -> {
                        recording.handle(event); // written, then rolled back on the first attempt
                        if (new String(event.payload(), StandardCharsets.UTF_8).contains(key)
                                && failedOnce.compareAndSet(false, true)) {
                            throw new IllegalStateException("the handler's downstream is down");
                        }
                    });
            waitFor(() -> payloads(listener).stream().anyMatch(p -> p.contains(key)));
            assertThat(failedOnce).isTrue();
            // the failure is cleared once the retried event's transaction has committed, just after it shows
            waitFor(() -> subscription.lastFailure().isEmpty());
        }
        assertThat(payloads(listener).stream().filter(p -> p.contains(key))).hasSize(1);
        assertThat(payloads(listener)).doesNotHaveDuplicates();
    }

    @Test
    void aListenerNameStaysBoundToTheChaincodeItFollows() {
        String listener = "bound-" + UUID.randomUUID();
        try (LedgerEvents events = new LedgerEvents(client, jdbc, transactions)) {
            events.subscribe(new LedgerEvents.Listener(listener, member, "events-1", "base"), event -> { }).close();
            assertThatThrownBy(() -> events.subscribe(
                    new LedgerEvents.Listener(listener, member, "events-1", "another"), event -> { }))
                    .hasMessageContaining("already follows base on events-1");
        }
    }

    @Test
    void everyBlockIsHandledOnceAcrossARestartFromTheFirstBlockAsked() throws Exception {
        String listener = "blocks-" + UUID.randomUUID();
        set(listener + "-a");
        long first = client.height(member, "events-1");
        LedgerBlockHandler recording = block -> jdbc.sql("INSERT INTO handled_event VALUES (:listener, :block, '', 'block', :previous)")
                .param("listener", listener).param("block", block.number()).param("previous", block.previousHash()).update();
        try (LedgerEvents events = new LedgerEvents(client, jdbc, transactions)) {
            events.subscribeBlocks(LedgerEvents.Listener.ofBlocks(listener, member, "events-1", first), recording);
            set(listener + "-b");
            waitFor(() -> handled(listener) == 1);
        }
        set(listener + "-while-stopped");
        try (LedgerEvents events = new LedgerEvents(client, jdbc, transactions)) {
            events.subscribeBlocks(LedgerEvents.Listener.ofBlocks(listener, member, "events-1", 0), recording);
            waitFor(() -> handled(listener) == 2);
            set(listener + "-live");
            waitFor(() -> handled(listener) == 3);
        }

        List<Long> blocks = jdbc.sql("SELECT block_number FROM handled_event WHERE listener = :listener ORDER BY block_number")
                .param("listener", listener).query(Long.class).list();
        assertThat(blocks).as("the block before the first asked is not handled").containsExactly(first, first + 1, first + 2);
        assertThat(payloads(listener)).allMatch(previous -> previous.matches("[0-9a-f]{64}"));
        assertThat(client.height(member, "events-1")).isEqualTo(first + 3);
    }
}
