package org.openbsn.billing.api;

import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** Placeholder of billing's facade until the billing module lands: quotes and orders only, no checkout. */
@Component
public class Billing {

    private final QueryGateway queries;
    private final CommandGateway commands;

    public Billing(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    public Quote quote(List<QuoteItem> items, int years) {
        return queries.query(new QuoteApplicationQuery(items, years), Quote.class).join();
    }

    public void placeApplicationOrder(String orderId, String buyerId, OrderSubject subject, List<QuoteItem> items, int years) {
        commands.sendAndWait(new PlaceApplicationOrderCommand(orderId, buyerId, subject, items, years));
    }

    public String checkout(String orderId, String buyerId, String returnUrl) {
        throw new UnsupportedOperationException("checkout arrives with the billing module");
    }
}
