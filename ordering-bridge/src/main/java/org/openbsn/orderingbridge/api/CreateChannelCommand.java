package org.openbsn.orderingbridge.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates the application's channel on its ordering cluster with these member organisations; re-sent, it changes nothing. */
public record CreateChannelCommand(@TargetAggregateIdentifier String channelId, String applicationId, String clusterId,
                                   List<String> memberMspIds) {
}
