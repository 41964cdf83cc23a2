package org.openbsn.applications.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publishing finished: the application is live on its channel with these peers. */
public record MarkApplicationLiveCommand(@TargetAggregateIdentifier String applicationId, String clusterId,
                                         List<AllocatedPeer> peers) {
}
