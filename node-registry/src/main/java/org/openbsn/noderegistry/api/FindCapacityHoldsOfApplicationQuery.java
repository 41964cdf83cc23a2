package org.openbsn.noderegistry.api;

/** Asks for what an application's orders hold on any node (a buyer's own hold is free to that buyer's quote). */
public record FindCapacityHoldsOfApplicationQuery(String applicationId) {
}
