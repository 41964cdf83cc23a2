package org.openbsn.infra.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ReasonTest {

    private final ObjectMapper json = new ObjectMapper();

    private record StoredEvent(String applicationId, Reason reason) {
    }

    @Test
    void anEventStoredWithEnglishTextReadsAsThatTextWithoutAKey() throws Exception {
        StoredEvent old = json.readValue("{\"applicationId\":\"a-1\",\"reason\":\"Publishing failed: no peer\"}",
                StoredEvent.class);

        assertThat(old.reason().hasKey()).isFalse();
        assertThat(old.reason().text()).isEqualTo("Publishing failed: no peer");
    }

    @Test
    void aKeyedReasonWithANestedReasonSurvivesTheEventStore() throws Exception {
        Reason reason = Reason.of("reason.refund.publishing-failed", "Publishing failed: timeout",
                Reason.of("reason.publishing.failed", "timeout", Reason.of(new IllegalStateException("timeout"))));

        StoredEvent read = json.readValue(json.writeValueAsString(new StoredEvent("a-1", reason)), StoredEvent.class);

        assertThat(read.reason()).isEqualTo(reason);
        assertThat(read.reason().arguments().get(0).key()).isEqualTo("reason.publishing.failed");
        assertThat(read.reason().arguments().get(0).arguments()).containsExactly(Reason.verbatim("timeout"));
    }

    @Test
    void aRefusedRuleKeepsItsKeyAndArgumentsThroughTheWrappersAroundIt() {
        DomainException refusal = new DomainException("node.reservation-does-not-fit", "does not fit", 5, 10, 2);

        Reason reason = Reason.of(new RuntimeException("wrapped", refusal));

        assertThat(reason.key()).isEqualTo("node.reservation-does-not-fit");
        assertThat(reason.arguments()).extracting(Reason::text).containsExactly("5", "10", "2");
    }

    @Test
    void invalidInputNamesEachFieldAndItsRule() {
        Reason reason = Reason.of(new InvalidInputException(List.of(
                FieldViolation.of("tps", "rule.min", "must be at least 1", 1),
                FieldViolation.of("years", "rule.range", "must be between 1 and 5", 1, 5))));

        assertThat(reason.key()).isEqualTo("reason.and");
        assertThat(reason.arguments()).extracting(Reason::key).containsExactly("reason.field", "reason.field");
        assertThat(reason.arguments().get(0).arguments()).extracting(Reason::key).containsExactly("field.tps", "rule.min");
        assertThat(reason.text()).isEqualTo("tps: must be at least 1; years: must be between 1 and 5");
    }

    @Test
    void aReadModelColumnHoldsEitherJsonOrOlderPlainText() {
        Reason reason = Reason.of("licence.revoked.refunded", "Its order was refunded: x", Reason.verbatim("x"));

        assertThat(ReasonColumn.read(ReasonColumn.write(reason))).isEqualTo(reason);
        assertThat(ReasonColumn.read("Its order was refunded: x")).isEqualTo(Reason.verbatim("Its order was refunded: x"));
        assertThat(ReasonColumn.read(null)).isNull();
        assertThat(List.of(ReasonColumn.write(Reason.verbatim("plain")))).doesNotContainNull();
    }
}
