package org.openbsn.marketplace.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The operator turns a version down, saying why (the author sees the reason). */
public record RejectPackageVersionCommand(@TargetAggregateIdentifier String packageId, String version, String operatorId,
                                          String reason) {
}
