package org.openbsn.gatewayadapter.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends a subscription; only the participant that registered it, in the same application, may. */
public record RemoveEventSubscriptionCommand(@TargetAggregateIdentifier String eventId, String appCode, String userCode) {
}
