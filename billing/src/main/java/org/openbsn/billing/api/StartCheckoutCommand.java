package org.openbsn.billing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The buyer starts paying for the order; answers the URL to send the browser to. {@code returnUrl} is a path of this portal. */
public record StartCheckoutCommand(@TargetAggregateIdentifier String orderId, String buyerId, String returnUrl) {
}
