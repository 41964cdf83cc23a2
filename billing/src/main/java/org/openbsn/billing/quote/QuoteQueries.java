package org.openbsn.billing.quote;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.openbsn.billing.api.Quote;
import org.openbsn.billing.api.QuoteApplicationQuery;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.CapacityHold;
import org.openbsn.noderegistry.api.FindCapacityHoldsOfApplicationQuery;
import org.springframework.stereotype.Component;

/** Answers quotes with the node registry's current prices and free capacity (a buyer's own holds count as free to them). */
@Component
class QuoteQueries {

    private final QuoteCalculator calculator;
    private final QueryGateway queries;

    QuoteQueries(QuoteCalculator calculator, QueryGateway queries) {
        this.calculator = calculator;
        this.queries = queries;
    }

    @QueryHandler
    Quote handle(QuoteApplicationQuery query) {
        return calculator.quoteWithinFreeCapacity(query.items(), query.years(), ownHolds(query.applicationId()));
    }

    private Map<String, Capacity> ownHolds(String applicationId) {
        if (applicationId == null) {
            return Map.of();
        }
        List<CapacityHold> holds = queries.query(new FindCapacityHoldsOfApplicationQuery(applicationId),
                ResponseTypes.multipleInstancesOf(CapacityHold.class)).join();
        return holds.stream().collect(Collectors.toMap(CapacityHold::nodeId, CapacityHold::capacity, Capacity::plus));
    }
}
