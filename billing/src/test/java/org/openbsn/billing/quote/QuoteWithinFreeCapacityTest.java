package org.openbsn.billing.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openbsn.billing.TestNodes;
import org.openbsn.billing.api.Quote;
import org.openbsn.billing.api.QuoteItem;
import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.infra.money.Money;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.CapacityRules;
import org.openbsn.noderegistry.api.CityNodeView;
import org.openbsn.noderegistry.api.NodeDetails;
import org.openbsn.noderegistry.api.NodeStatus;
import org.openbsn.noderegistry.api.UnitPrices;

/** A quote for more than a node has free is refused, naming the node and what is free; capacity others hold is not free. */
class QuoteWithinFreeCapacityTest {

    /** 1,000 TPS of which 300 are reserved and 130 held at a checkout: 570 free. */
    private static final CityNodeView HANGZHOU = new CityNodeView("node-hz", "owner-hz",
            new NodeDetails("杭州一号", "杭州", "East", "Alpha Cloud", "https://hz.example.cn"), NodeStatus.ACTIVE, null,
            new Capacity(1000, 5000, 500), new Capacity(300, 100, 10), new Capacity(130, 100, 10),
            new UnitPrices(Money.cny("89.00"), Money.cny("2.00"), Money.cny("10.00")), Instant.EPOCH, 4);

    private final QuoteCalculator calculator = new QuoteCalculator(id -> Optional.of(HANGZHOU).filter(n -> n.nodeId().equals(id)),
            TestNodes.properties());

    @Test
    void refusesMoreThanTheNodeHasFreeNamingTheNodeAndWhatIsFree() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> calculator
                .quoteWithinFreeCapacity(List.of(new QuoteItem("node-hz", new Capacity(5000, 100, 10))), 1));

        assertThat(refused.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("items[0].capacity");
            assertThat(violation.messageKey()).isEqualTo(CapacityRules.NOT_FREE);
            assertThat(violation.arguments()).containsExactly("杭州一号", 570, 4800, 480);
            assertThat(violation.englishMessage()).isEqualTo("City node 杭州一号 does not have this much free: only 570 TPS, "
                    + "4800 GB of storage and 480 Mbps of bandwidth are free");
        });
    }

    @Test
    void quotesWhatFitsInTheFreeCapacity() {
        Quote quote = calculator.quoteWithinFreeCapacity(List.of(new QuoteItem("node-hz", new Capacity(570, 10, 1))), 1);
        assertThat(quote.subtotal()).isEqualTo(Money.cny("50760.00"));
    }

    @Test
    void whatTheBuyerHoldsItselfIsFreeToItsOwnQuote() {
        Quote quote = calculator.quoteWithinFreeCapacity(List.of(new QuoteItem("node-hz", new Capacity(700, 10, 1))), 1,
                java.util.Map.of("node-hz", new Capacity(130, 100, 10)));
        assertThat(quote.lines()).isNotEmpty();
    }

    @Test
    void refusesEachResourceThatDoesNotFit() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> calculator
                .quoteWithinFreeCapacity(List.of(new QuoteItem("node-hz", new Capacity(1, 4801, 1))), 2));
        assertThat(refused.violations()).extracting(FieldViolation::messageKey).containsExactly(CapacityRules.NOT_FREE);
    }
}
