package org.openbsn.gatewayadapter.endpoint;

import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.gatewayadapter.ledger.LedgerClient;
import org.openbsn.gatewayadapter.ledger.LedgerIdentity;
import org.openbsn.gatewayadapter.protocol.ServedGateway;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbsn.gatewayadapter.endpoint.EventsTestGateway.assertSuccess;
import static org.openbsn.gatewayadapter.endpoint.EventsTestGateway.await;
import static org.openbsn.gatewayadapter.endpoint.EventsTestGateway.eventIdOf;
import static org.openbsn.gatewayadapter.endpoint.EventsTestGateway.jdbc;
import static org.openbsn.gatewayadapter.endpoint.EventsTestGateway.keys;
import static org.openbsn.gatewayadapter.endpoint.EventsTestGateway.nonces;
import static org.openbsn.gatewayadapter.endpoint.EventsTestGateway.outcomes;
import static org.openbsn.gatewayadapter.endpoint.EventsTestGateway.set;
import static org.openbsn.gatewayadapter.endpoint.EventsTestGateway.status;

/**
 * Event callbacks end to end: a business system registers through BSN's protocol, the base
 * chaincode raises events on a real devnet, and a real HTTP receiver gets the gateway's signed
 * callbacks, resent on the (shortened) schedule, across a restart and with two instances.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventCallbacksEndToEndTest {

    @TempDir
    static Path data;

    private static EventsTestGateway gateway;
    private static CallbackReceiver receiver;

    @BeforeAll
    static void start() {
        gateway = new EventsTestGateway(data);
        receiver = gateway.receiver;
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void aMatchingChaincodeEventReachesTheNotifyUrlWithEveryFieldSignedByTheGateway() {
        EventClient admin = gateway.member(ApplicationRole.SYS_ADMIN);
        String eventId = eventIdOf(admin, admin.register("base", "event_(set|update)", receiver.url("/ok/cc"), "order=17"));

        String firstTx = set(admin, "cc-1", "packed");
        assertSuccess(admin.bsn().reqChainCode("", "delete", "cc-1"));
        String lastTx = set(admin, "cc-2", "shipped");
        await("both sets are called back", () -> receiver.received("/ok/cc").size() == 2);

        JsonNode callback = receiver.received("/ok/cc").stream()
                .filter(c -> c.path("body").path("txId").asText().equals(firstTx)).findFirst().orElseThrow();
        assertThat(keys(callback)).containsExactly("header", "body", "mac");
        assertThat(callback.path("header").path("userCode").asText()).isEqualTo(admin.userCode());
        assertThat(callback.path("header").path("appCode").asText()).isEqualTo(gateway.app);
        JsonNode body = callback.path("body");
        assertThat(keys(body)).containsExactly("chainCode", "orgCode", "eventKey", "eventId", "attachArgs",
                "eventName", "txId", "payload", "blockNumber", "nonceStr", "previousHash");
        assertThat(body.path("chainCode").asText()).isEqualTo("base");
        assertThat(body.path("orgCode").asText()).isEqualTo("testnode");
        assertThat(body.path("eventKey").asText()).isEqualTo("event_(set|update)");
        assertThat(body.path("eventId").asText()).isEqualTo(eventId);
        assertThat(body.path("attachArgs").asText()).isEqualTo("order=17");
        assertThat(body.path("eventName").asText()).isEqualTo("event_set");
        assertThat(body.path("payload").asText()).as("the event's payload as UTF-8 text")
                .isEqualTo("{\"baseKey\":\"cc-1\",\"baseValue\":\"packed\"}");
        assertThat(body.path("blockNumber").isIntegralNumber()).isTrue();
        assertThat(body.path("nonceStr").asText()).isNotEmpty();
        assertThat(body.path("previousHash").asText()).isEmpty();
        assertThat(gateway.callbackVerifies(callback)).isTrue();
        assertThat(receiver.received("/ok/cc")).extracting(c -> c.path("body").path("txId").asText())
                .containsExactlyInAnyOrder(firstTx, lastTx);
        assertThat(jdbc().sql("select count(*) from gateway_event_delivery where event_id = :id")
                .param("id", eventId).query(Integer.class).single()).as("event_delete does not match").isEqualTo(2);
    }

    @Test
    void aBlockSubscriptionIsCalledBackForEachNewBlockWithItsPreviousHash() {
        EventClient reader = gateway.member("Reader");
        EventClient writer = gateway.member(ApplicationRole.SYS_ADMIN);
        set(writer, "b-0", "before");
        LedgerIdentity portal = gateway.context().getBean(LedgerIdentity.class);
        long heightBefore = gateway.context().getBean(LedgerClient.class).height(portal, gateway.channel);
        String eventId = eventIdOf(reader, reader.blockRegister(receiver.url("/ok/blocks"), ""));

        set(writer, "b-1", "after");
        await("a block is called back", () -> !receiver.received("/ok/blocks").isEmpty());

        JsonNode callback = receiver.received("/ok/blocks").get(0);
        JsonNode body = callback.path("body");
        assertThat(body.path("eventId").asText()).isEqualTo(eventId);
        assertThat(body.path("chainCode").asText()).isEmpty();
        assertThat(body.path("eventName").asText()).isEmpty();
        assertThat(body.path("txId").asText()).isEmpty();
        assertThat(body.path("blockNumber").asLong()).as("only blocks after the registration").isGreaterThanOrEqualTo(heightBefore);
        assertThat(body.path("previousHash").asText()).matches("[0-9a-f]{64}");
        assertThat(gateway.callbackVerifies(callback)).isTrue();
    }

    @Test
    void aReceiverThatFailsTwiceGetsExactlyThreeSendsWithTheSameNonce() {
        EventClient admin = gateway.member(ApplicationRole.SYS_ADMIN);
        receiver.failFirst("/flaky", 2);
        String eventId = eventIdOf(admin, admin.register("base", "event_set", receiver.url("/flaky"), ""));

        set(admin, "f-1", "x");
        await("the callback is delivered", () -> status(eventId).equals("DELIVERED"));

        assertThat(receiver.received("/flaky")).hasSize(3);
        assertThat(nonces(receiver.received("/flaky"))).containsOnly(nonces(receiver.received("/flaky")).get(0));
        assertThat(outcomes(eventId)).containsExactly("RETRY", "RETRY", "DELIVERED");
    }

    @Test
    void aReceiverThatNeverSucceedsGetsFiveSendsAndTheCallbackFails() {
        EventClient admin = gateway.member(ApplicationRole.SYS_ADMIN);
        receiver.failFirst("/never", Integer.MAX_VALUE);
        String eventId = eventIdOf(admin, admin.register("base", "event_set", receiver.url("/never"), ""));

        set(admin, "n-1", "x");
        await("the callback fails", () -> status(eventId).equals("FAILED"));

        assertThat(receiver.received("/never")).hasSize(5);
        assertThat(outcomes(eventId)).containsExactly("RETRY", "RETRY", "RETRY", "RETRY", "FAILED");
        assertThat(jdbc().sql("""
                select count(*) from gateway_event_delivery_attempt a join gateway_event_delivery d on d.id = a.delivery_id
                where d.event_id = :id and a.http_status = 500 and a.error like '%does not contain "success"%'""")
                .param("id", eventId).query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeCountsAsAFailedSend() {
        EventClient admin = gateway.member(ApplicationRole.SYS_ADMIN);
        String eventId = eventIdOf(admin, admin.register("base", "event_set", receiver.url("/silent"), ""));

        set(admin, "q-1", "x");
        await("the first send gives up", () -> !outcomes(eventId).isEmpty());

        assertThat(outcomes(eventId).get(0)).isEqualTo("RETRY");
        assertThat(jdbc().sql("""
                select coalesce(a.http_status, -1) || ' ' || a.error from gateway_event_delivery_attempt a
                join gateway_event_delivery d on d.id = a.delivery_id where d.event_id = :id and a.attempt = 1""")
                .param("id", eventId).query(String.class).single()).isEqualTo("-1 no reply within 2000 ms");
    }

    @Test
    void onlyTheFirst64KiBOfAReplyAreRead() {
        EventClient admin = gateway.member(ApplicationRole.SYS_ADMIN);
        String eventId = eventIdOf(admin, admin.register("base", "event_set", receiver.url("/chatty"), ""));

        set(admin, "c-1", "x");
        await("the first send is judged", () -> !outcomes(eventId).isEmpty());

        assertThat(outcomes(eventId).get(0)).as("success came after 100,000 bytes").isEqualTo("RETRY");
    }

    @Test
    void twoGatewayInstancesFollowTheSameEventsButQueueAndSendEachCallbackOnce() {
        EventClient admin = gateway.member(ApplicationRole.SYS_ADMIN);
        receiver.failFirst("/twice-a", 1);
        String first;
        String other;
        try (ConfigurableApplicationContext second = gateway.startInstance();
             ServedGateway secondServed = gateway.serve(second)) {
            EventClient viaSecond = new EventClient(admin.bsn().via(secondServed));
            // registering on an instance starts its follower at once, so both instances follow the chaincode
            first = eventIdOf(admin, admin.register("base", "event_set", receiver.url("/twice-a"), ""));
            other = eventIdOf(viaSecond, viaSecond.register("base", "event_set", receiver.url("/twice-b"), ""));

            set(admin, "t-1", "x");
            await("both callbacks are delivered", () -> status(first).equals("DELIVERED") && status(other).equals("DELIVERED"));
        }
        assertThat(receiver.received("/twice-a")).hasSize(2);
        assertThat(nonces(receiver.received("/twice-a"))).containsOnly(nonces(receiver.received("/twice-a")).get(0));
        assertThat(outcomes(first)).containsExactly("RETRY", "DELIVERED");
        assertThat(receiver.received("/twice-b")).hasSize(1);
        assertThat(outcomes(other)).containsExactly("DELIVERED");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aPendingCallbackIsSentAndTheSubscriptionKeptAfterTheGatewayRestarts() {
        EventClient admin = gateway.member(ApplicationRole.SYS_ADMIN);
        receiver.failFirst("/restart", Integer.MAX_VALUE);
        String eventId = eventIdOf(admin, admin.register("base", "event_set", receiver.url("/restart"), ""));
        set(admin, "s-1", "x");
        await("the first send fails", () -> outcomes(eventId).size() == 1);

        gateway.stop();
        int sendsBefore = receiver.received("/restart").size();
        receiver.failFirst("/restart", 0);
        gateway.start();
        await("the callback is delivered after the restart", () -> status(eventId).equals("DELIVERED"));

        assertThat(sendsBefore).isEqualTo(1);
        assertThat(receiver.received("/restart")).hasSize(2);
        assertThat(nonces(receiver.received("/restart"))).containsOnly(nonces(receiver.received("/restart")).get(0));
        assertThat(outcomes(eventId)).containsExactly("RETRY", "DELIVERED");
        EventClient afterRestart = new EventClient(admin.bsn().via(gateway.served()));
        assertThat(afterRestart.query().path("body")).extracting(e -> e.path("eventId").asText()).containsExactly(eventId);
        assertSuccess(afterRestart.remove(eventId));
        assertThat(afterRestart.query().path("body")).isEmpty();
    }
}
