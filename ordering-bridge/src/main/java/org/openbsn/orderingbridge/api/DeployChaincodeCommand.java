package org.openbsn.orderingbridge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Approves and commits a chaincode definition on the channel (Fabric lifecycle) at {@code sequence}; re-sent with a sequence already committed, it changes nothing. */
public record DeployChaincodeCommand(@TargetAggregateIdentifier String channelId, String chaincodeName, ChaincodeSource source,
                                     int sequence) {
}
