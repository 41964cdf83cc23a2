package org.openbsn.orderingbridge.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openbsn.infra.ledger.Endorsement;

/**
 * Creates the application's channel on its ordering cluster with these member organisations, so many of which must
 * endorse a transaction (a MAJORITY when not said); re-sent, it changes nothing.
 */
public record CreateChannelCommand(@TargetAggregateIdentifier String channelId, String applicationId, String clusterId,
                                   List<String> memberMspIds, Endorsement endorsement) {

    public CreateChannelCommand {
        endorsement = endorsement == null ? Endorsement.majority() : endorsement;
    }
}
