package org.openbsn.gatewayadapter.endpoint;

import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.applications.api.ApplicationRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbsn.gatewayadapter.endpoint.EventsTestGateway.assertRefused;
import static org.openbsn.gatewayadapter.endpoint.EventsTestGateway.assertSuccess;
import static org.openbsn.gatewayadapter.endpoint.EventsTestGateway.await;
import static org.openbsn.gatewayadapter.endpoint.EventsTestGateway.eventIdOf;
import static org.openbsn.gatewayadapter.endpoint.EventsTestGateway.keys;
import static org.openbsn.gatewayadapter.endpoint.EventsTestGateway.set;
import static org.openbsn.gatewayadapter.endpoint.EventsTestGateway.status;

/**
 * event/register, blockRegister, query and remove through BSN's protocol: what query lists and in
 * which key order, what remove stops, and every refusal, each naming its problem and changing nothing.
 */
class EventSubscriptionsEndToEndTest {

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
    void queryListsTheCallersSubscriptionsAndRemoveStopsTheirCallbacks() {
        EventClient admin = gateway.member(ApplicationRole.SYS_ADMIN);
        String removed = eventIdOf(admin, admin.register("base", "event_set", receiver.url("/removed"), "a=1"));
        String kept = eventIdOf(admin, admin.register("base", "event_set", receiver.url("/kept"), ""));
        String blocks = eventIdOf(admin, admin.blockRegister(receiver.url("/kept-blocks"), "b=2"));

        JsonNode listed = admin.query();
        assertSuccess(listed);
        assertThat(listed.path("body")).extracting(e -> e.path("eventId").asText()).containsExactly(removed, kept, blocks);
        JsonNode first = listed.path("body").get(0);
        assertThat(keys(first)).containsExactly("eventId", "eventKey", "notifyUrl", "attachArgs",
                "createTime", "orgCode", "userCode", "appCode", "chainCode", "eventType");
        assertThat(first.path("eventKey").asText()).isEqualTo("event_set");
        assertThat(first.path("notifyUrl").asText()).isEqualTo(receiver.url("/removed"));
        assertThat(first.path("attachArgs").asText()).isEqualTo("a=1");
        assertThat(first.path("createTime").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(first.path("orgCode").asText()).isEqualTo("testnode");
        assertThat(first.path("userCode").asText()).isEqualTo(admin.userCode());
        assertThat(first.path("appCode").asText()).isEqualTo(gateway.app);
        assertThat(first.path("chainCode").asText()).isEqualTo("base");
        assertThat(first.path("eventType").asText()).isEmpty();
        assertThat(listed.path("body").get(2).path("eventType").asText()).isEqualTo("block");
        assertThat(listed.path("body").get(2).path("chainCode").asText()).isEmpty();
        assertThat(admin.bsn().replyVerifies(listed, BsnTestClient.valuesInOrder(listed.path("body")))).isTrue();

        JsonNode gone = admin.remove(removed);
        assertSuccess(gone);
        assertThat(gone.path("body").isNull()).isTrue();
        assertThat(admin.bsn().replyVerifies(gone, "")).isTrue();
        assertThat(admin.query().path("body")).extracting(e -> e.path("eventId").asText()).containsExactly(kept, blocks);

        String txId = set(admin, "r-1", "x");
        await("the kept subscription is called back", () -> receiver.received("/kept").stream()
                .anyMatch(c -> c.path("body").path("txId").asText().equals(txId)));
        assertThat(receiver.received("/removed")).isEmpty();
        assertThat(status(removed)).as("no callback is even queued").isEmpty();
        assertRefused(admin, admin.remove(removed), "unknown eventId " + removed);
    }

    @Test
    void aParticipantMayHoldOnlySoManySubscriptionsInAnApplication() {
        EventClient admin = gateway.member(ApplicationRole.SYS_ADMIN);
        String first = eventIdOf(admin, admin.register("base", "event_set", receiver.url("/limit-1"), ""));
        eventIdOf(admin, admin.register("base", "event_set", receiver.url("/limit-2"), ""));
        eventIdOf(admin, admin.blockRegister(receiver.url("/limit-3"), ""));

        assertRefused(admin, admin.register("base", "event_set", receiver.url("/limit-4"), ""),
                "user " + admin.userCode() + " already has 3 event subscriptions in application " + gateway.app
                        + ", the most allowed; remove one first");
        assertThat(admin.query().path("body").size()).isEqualTo(3);
        assertSuccess(admin.remove(first));
        eventIdOf(admin, admin.register("base", "event_set", receiver.url("/limit-4"), ""));
    }

    @Test
    void badRegistrationsAreRefusedNamingTheProblem() {
        EventClient admin = gateway.member(ApplicationRole.SYS_ADMIN);
        String url = receiver.url("/bad");
        assertRefused(admin, admin.register("base", "event_(", url, ""), "eventKey is not a valid regular expression:"
                + " Unclosed group near index 7 of event_(");
        assertRefused(admin, admin.register("base", "", url, ""), "eventKey is missing");
        assertRefused(admin, admin.register("", "event_set", url, ""), "chainCode is missing");
        assertRefused(admin, admin.register("other", "event_set", url, ""),
                "application " + gateway.app + " runs chaincode base, not other");
        assertRefused(admin, admin.register("base", "event_set", "ftp://example.com/x", ""),
                "notifyUrl must be an absolute http or https URL, not ftp://example.com/x");
        assertRefused(admin, admin.register("base", "event_set", "callbacks/here", ""),
                "notifyUrl must be an absolute http or https URL");
        assertRefused(admin, admin.register("base", "event_set", "http://example.com/" + "x".repeat(600), ""),
                "notifyUrl is longer than 512 characters");
        assertRefused(admin, admin.register("base", "event_set", url, "x".repeat(1025)),
                "attachArgs is longer than 1024 characters");
        assertRefused(admin, admin.blockRegister("", ""), "notifyUrl is missing");
        assertThat(admin.query().path("body").size()).as("nothing was registered").isZero();
    }

    @Test
    void onlyARoleWithAnEventFunctionMaySubscribeToChaincodeEvents() {
        EventClient reader = gateway.member("Reader");
        assertRefused(reader, reader.register("base", "event_set", receiver.url("/reader"), ""), "role Reader of user "
                + reader.userCode() + " in application " + gateway.app + " does not include an EVENT function (events),"
                + " so it may not subscribe to chaincode events");
        eventIdOf(reader, reader.blockRegister(receiver.url("/reader-blocks"), ""));
    }

    @Test
    void someoneElsesOrAnUnknownEventIdIsRefusedAlikeAndNothingIsRemoved() {
        EventClient owner = gateway.member(ApplicationRole.SYS_ADMIN);
        EventClient other = gateway.member(ApplicationRole.SYS_ADMIN);
        String owned = eventIdOf(owner, owner.register("base", "event_set", receiver.url("/owned"), ""));

        assertRefused(other, other.remove(owned),
                "unknown eventId " + owned + ": no subscription of yours in this application has it");
        assertRefused(other, other.remove("0123456789abcdef0123456789abcdef"),
                "unknown eventId 0123456789abcdef0123456789abcdef: no subscription of yours in this application has it");
        assertRefused(other, other.remove(""), "eventId is missing");
        assertThat(other.query().path("body").size()).isZero();
        assertThat(owner.query().path("body")).extracting(e -> e.path("eventId").asText()).containsExactly(owned);
    }

    @Test
    void aNonMemberIsRefusedAndItsQueryKeepsAnEmptyList() {
        EventClient stranger = gateway.participant("OUT" + System.nanoTime());
        assertRefused(stranger, stranger.register("base", "event_set", receiver.url("/stranger"), ""),
                "user " + stranger.userCode() + " is not a member of application " + gateway.app);
        assertRefused(stranger, stranger.remove("0123456789abcdef0123456789abcdef"),
                "user " + stranger.userCode() + " is not a member of application " + gateway.app);
        JsonNode query = stranger.query();
        assertThat(query.path("header").path("code").asInt()).isEqualTo(-1);
        assertThat(query.path("header").path("msg").asText())
                .isEqualTo("user " + stranger.userCode() + " is not a member of application " + gateway.app);
        assertThat(query.path("body").isArray() && query.path("body").isEmpty()).as("event/query keeps []").isTrue();
        assertThat(stranger.bsn().replyVerifies(query, "")).isTrue();
    }
}
