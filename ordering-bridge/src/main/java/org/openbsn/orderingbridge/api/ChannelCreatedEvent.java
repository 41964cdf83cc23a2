package org.openbsn.orderingbridge.api;

import java.util.List;

import org.openbsn.infra.ledger.Endorsement;

/** The application's channel exists on its ordering cluster, its transactions endorsed as {@code endorsement} asks. */
public record ChannelCreatedEvent(String channelId, String applicationId, String clusterId, List<String> memberMspIds,
                                  Endorsement endorsement) {

    public ChannelCreatedEvent {
        // channels created before the rule was chosen were given Fabric's default
        endorsement = endorsement == null ? Endorsement.majority() : endorsement;
    }
}
