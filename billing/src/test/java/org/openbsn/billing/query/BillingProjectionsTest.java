package org.openbsn.billing.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.billing.TestNodes;
import org.openbsn.billing.api.*;
import org.openbsn.billing.quote.QuoteCalculator;
import org.openbsn.infra.error.Reason;
import org.openbsn.infra.money.Money;
import org.openbsn.infra.testing.TestDatabase;
import org.openbsn.noderegistry.api.Capacity;

/** The read models, fed event by event against the real PostgreSQL, each event possibly delivered twice. */
class BillingProjectionsTest {

    private static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");

    private final TestDatabase db = TestDatabase.get();
    private final Quote quote = new QuoteCalculator(TestNodes.directory(), TestNodes.properties())
            .quote(List.of(new QuoteItem(TestNodes.SHANGHAI, new Capacity(1, 0, 0))), 1);
    private OrderProjection orders;
    private EarningProjection earnings;
    private String orderId;
    private String buyer;
    private OrderSubject subject;

    @BeforeEach
    void setUp() {
        orders = new OrderProjection(db.jdbc(), SimpleQueryUpdateEmitter.builder().build());
        earnings = new EarningProjection(db.jdbc());
        orderId = "order-" + UUID.randomUUID();
        buyer = "buyer-" + UUID.randomUUID();
        subject = new OrderSubject(SubjectKind.APPLICATION_RENEWAL, "app-" + UUID.randomUUID());
    }

    @Test
    void anOrderShowsItsLatestStatusOnceEvenWhenEventsAreRedelivered() {
        OrderPlacedEvent placed = new OrderPlacedEvent(orderId, buyer, subject, quote, AT);
        orders.on(placed, 0);
        orders.on(placed, 0);
        orders.on(new CheckoutStartedEvent(orderId, buyer, 1, "offline", null), 1);
        orders.on(new PaymentFailedEvent(orderId, buyer, subject, Reason.verbatim("declined")), 2);
        orders.on(new CheckoutStartedEvent(orderId, buyer, 2, "offline", null), 3);
        orders.on(new PaymentConfirmedEvent(orderId, buyer, subject, quote.total(), "offline", "ref", AT.plusSeconds(60)), 4);
        orders.on(new PaymentFailedEvent(orderId, buyer, subject, Reason.verbatim("late and stale")), 2);

        OrderView view = orders.handle(new FindOrderQuery(orderId)).orElseThrow();
        assertThat(view.status()).isEqualTo(OrderStatus.PAID);
        assertThat(view.statusReason()).isNull();
        assertThat(view.paidAt()).isEqualTo(AT.plusSeconds(60));
        assertThat(view.quote()).isEqualTo(quote);
        assertThat(view.version()).isEqualTo(4);
        assertThat(orders.handle(new FindOrdersBySubjectQuery(subject.subjectId()))).containsExactly(view);
        assertThat(orders.handle(new FindOrdersByBuyerQuery(buyer))).containsExactly(view);
    }

    @Test
    void earningsCountOncePerOrderAndNodeAndNothingOnceRefunded() {
        String owner = "owner-" + UUID.randomUUID();
        String other = "order-" + UUID.randomUUID();
        EarningAccruedEvent first = new EarningAccruedEvent(orderId, owner, "node-1", "SH-1", Money.cny("100.00"), 80,
                Money.cny("80.00"));
        earnings.on(first, AT);
        earnings.on(first, AT);
        earnings.on(new EarningAccruedEvent(orderId, owner, "node-2", "BJ-1", Money.cny("10.00"), 80, Money.cny("8.00")), AT);
        earnings.on(new EarningAccruedEvent(other, owner, "node-1", "SH-1", Money.cny("50.00"), 80, Money.cny("40.00")),
                AT.plusSeconds(1));

        Earnings before = earnings.handle(new FindEarningsQuery(owner));
        assertThat(before.total()).isEqualTo(Money.cny("128.00"));
        assertThat(before.perNode()).extracting(NodeEarning::nodeName, NodeEarning::total)
                .containsExactlyInAnyOrder(tuple("SH-1", Money.cny("120.00")),
                        tuple("BJ-1", Money.cny("8.00")));
        assertThat(before.perOrder()).hasSize(3);

        earnings.on(new EarningReversedEvent(orderId, owner, "node-1", Money.cny("80.00")));
        earnings.on(new EarningReversedEvent(orderId, owner, "node-2", Money.cny("8.00")));
        Earnings after = earnings.handle(new FindEarningsQuery(owner));
        assertThat(after.total()).isEqualTo(Money.cny("40.00"));
        assertThat(after.perOrder()).filteredOn(OrderEarning::reversed).extracting(OrderEarning::orderId)
                .containsOnly(orderId);
        assertThat(earnings.handle(new FindEarningsQuery("owner-nobody")).total()).isEqualTo(Money.cny("0"));
    }
}
