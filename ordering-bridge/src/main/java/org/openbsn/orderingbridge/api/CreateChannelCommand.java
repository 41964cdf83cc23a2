package org.openbsn.orderingbridge.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openbsn.infra.ledger.Endorsement;

/**
 * Creates the application's channel on its ordering cluster with these member organisations (its city nodes'
 * organisations, which endorse, and the participants' organisation, which does not), so many of the city nodes' must
 * endorse a transaction (a MAJORITY when not said); {@code tps} is the TPS bought. Re-sent, it changes nothing.
 */
public record CreateChannelCommand(@TargetAggregateIdentifier String channelId, String applicationId, String clusterId,
                                   List<String> memberMspIds, Endorsement endorsement, int tps) {

    public CreateChannelCommand {
        endorsement = endorsement == null ? Endorsement.majority() : endorsement;
    }

    /** A channel whose TPS is not said: blocks are cut as for a small application. */
    public CreateChannelCommand(String channelId, String applicationId, String clusterId, List<String> memberMspIds,
                                Endorsement endorsement) {
        this(channelId, applicationId, clusterId, memberMspIds, endorsement, 0);
    }
}
