package org.openbsn.billing.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Places an order for these resources for this many years; billing prices it itself (never trusting a price from the caller). */
public record PlaceApplicationOrderCommand(@TargetAggregateIdentifier String orderId, String buyerId, OrderSubject subject,
                                           List<QuoteItem> items, int years) {
}
