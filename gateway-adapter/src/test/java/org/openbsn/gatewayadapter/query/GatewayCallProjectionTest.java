package org.openbsn.gatewayadapter.query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.gatewayadapter.api.*;
import org.openbsn.infra.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** "Recent calls" and "My applications" read models, fed event by event against the real PostgreSQL. */
class GatewayCallProjectionTest {

    private final TestDatabase db = TestDatabase.get();
    private GatewayCallProjection calls;
    private String participant;
    private String other;

    @BeforeEach
    void setUp() {
        calls = new GatewayCallProjection(db.jdbc());
        participant = "P" + UUID.randomUUID().toString().substring(0, 8);
        other = "O" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static GatewayCallAuditedEvent call(String userCode, String function, boolean allowed, String txId) {
        return new GatewayCallAuditedEvent("app1", userCode, "", function, allowed, txId, allowed ? "evaluated" : "denied",
                "/api/fabric/v1/node/reqChainCode");
    }

    @Test
    void aParticipantSeesOnlyItsOwnCallsNewestFirstPageByPageAndARedeliveryIsStoredOnce() {
        Instant start = Instant.parse("2026-11-23T08:00:00Z");
        for (int i = 0; i < 5; i++) {
            calls.on(call(participant, "get", true, "tx" + i), "event-" + participant + i, start.plusSeconds(i));
        }
        calls.on(call(participant, "set", false, ""), "event-" + participant + "denied", start.plusSeconds(10));
        calls.on(call(participant, "set", false, ""), "event-" + participant + "denied", start.plusSeconds(10));
        calls.on(call(other, "get", true, "tx-other"), "event-" + other, start.plusSeconds(20));

        GatewayCallsPage first = calls.handle(new FindGatewayCallsQuery(participant, 0, 2));
        assertThat(first.total()).isEqualTo(6);
        assertThat(first.calls()).extracting(GatewayCallView::transactionId).containsExactly("", "tx4");
        GatewayCallView denied = first.calls().get(0);
        assertThat(denied.allowed()).isFalse();
        assertThat(denied.function()).isEqualTo("set");
        assertThat(denied.calledAt()).isEqualTo(start.plusSeconds(10));
        assertThat(calls.handle(new FindGatewayCallsQuery(participant, 2, 10)).calls())
                .extracting(GatewayCallView::transactionId).containsExactly("tx3", "tx2", "tx1", "tx0");
        assertThat(calls.handle(new FindGatewayCallsQuery(other, 0, 10)).calls())
                .extracting(GatewayCallView::transactionId).containsExactly("tx-other");
    }

    @Test
    void callsRecordedTogetherAreEachShownLastArrivedFirstAndARedeliveryIsStoredOnce() {
        Instant at = Instant.parse("2026-11-23T08:30:00Z");
        GatewayCallsAuditedEvent together = new GatewayCallsAuditedEvent(List.of(
                call(participant, "get", true, "tx-a"), call(other, "get", true, "tx-b"),
                call(participant, "set", false, ""), call(participant, "set", true, "tx-c")));
        calls.on(together, "batch-" + participant, at);
        calls.on(together, "batch-" + participant, at);

        GatewayCallsPage mine = calls.handle(new FindGatewayCallsQuery(participant, 0, 10));
        assertThat(mine.total()).isEqualTo(3);
        assertThat(mine.calls()).extracting(GatewayCallView::transactionId, GatewayCallView::allowed)
                .containsExactly(tuple("tx-c", true), tuple("", false), tuple("tx-a", true));
        assertThat(mine.calls()).extracting(GatewayCallView::calledAt).containsOnly(at);
        assertThat(calls.handle(new FindGatewayCallsQuery(other, 0, 10)).calls())
                .extracting(GatewayCallView::transactionId).containsExactly("tx-b");
    }

    @Test
    void anApplicationsCallsAreCountedPerBucketWithTheAdmittedOnesApart() {
        String app = "rate" + participant;
        Instant start = Instant.parse("2026-11-23T09:00:00Z");
        for (int i = 0; i < 6; i++) {
            calls.on(new GatewayCallAuditedEvent(app, participant, "", "get", i != 2, "tx" + i, "evaluated", "/p"),
                    "rate-" + participant + i, start.plusSeconds(i * 25L));
        }
        calls.on(call(participant, "get", true, "elsewhere"), "rate-other-" + participant, start.plusSeconds(5));

        assertThat(calls.handle(new FindCallRatesQuery(app, start, start.plusSeconds(120), 60)))
                .containsExactly(new CallRate(start, 3, 2), new CallRate(start.plusSeconds(60), 2, 2));
    }

    @Test
    void aRegistrationIsShownByItsPathAndAnEventFromBeforePathsReadsAsEmpty() {
        calls.on(new GatewayCallAuditedEvent("app1", participant, "alice", "", true, "", "registered user alice",
                "/api/fabric/v1/user/register"), "event-" + participant + "register", Instant.now());
        calls.on(new GatewayCallAuditedEvent("app1", participant, "", "get", true, "tx", "evaluated", null),
                "event-" + participant + "old", Instant.now().minusSeconds(60));

        List<GatewayCallView> seen = calls.handle(new FindGatewayCallsQuery(participant, 0, 10)).calls();
        assertThat(seen).extracting(GatewayCallView::path).containsExactly("/api/fabric/v1/user/register", "");
        assertThat(seen.get(0).userName()).isEqualTo("alice");
    }

    @Test
    void aParticipantsMembershipsAreTheApplicationsItWasAdmittedTo() {
        GatewayApplicationProjection applications = new GatewayApplicationProjection(db.jdbc(),
                SimpleQueryUpdateEmitter.builder().build(), new ServingCache());
        String appA = "a" + participant;
        String appB = "b" + participant;
        applications.on(new ParticipantAdmittedEvent(appB, participant, List.of("Reader")), 1);
        applications.on(new ParticipantAdmittedEvent(appA, participant, List.of(ApplicationRole.SYS_ADMIN, "Reader")), 1);
        applications.on(new ParticipantAdmittedEvent(appA, other, List.of("Reader")), 2);

        assertThat(applications.handle(new FindMembershipsQuery(participant)))
                .extracting(GatewayMemberView::appCode, GatewayMemberView::roles)
                .containsExactly(tuple(appA, List.of(ApplicationRole.SYS_ADMIN, "Reader")),
                        tuple(appB, List.of("Reader")));
    }
}
