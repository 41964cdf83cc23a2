package org.openbsn.billing.quote;

import java.util.Optional;

import org.openbsn.noderegistry.api.CityNodeView;

/** Where quotes find a city node's status, owner and prices: the node registry. */
@FunctionalInterface
public interface NodeDirectory {

    Optional<CityNodeView> find(String nodeId);
}
