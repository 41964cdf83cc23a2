package org.openbsn.billing.api;

import org.openbsn.noderegistry.api.Capacity;

/** The resources bought on one city node. */
public record QuoteItem(String nodeId, Capacity capacity) {
}
