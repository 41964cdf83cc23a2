package org.openbsn.billing.quote;

import org.axonframework.queryhandling.QueryHandler;
import org.openbsn.billing.api.Quote;
import org.openbsn.billing.api.QuoteApplicationQuery;
import org.springframework.stereotype.Component;

/** Answers quotes with the node registry's current prices and free capacity. */
@Component
class QuoteQueries {

    private final QuoteCalculator calculator;

    QuoteQueries(QuoteCalculator calculator) {
        this.calculator = calculator;
    }

    @QueryHandler
    Quote handle(QuoteApplicationQuery query) {
        return calculator.quoteWithinFreeCapacity(query.items(), query.years());
    }
}
