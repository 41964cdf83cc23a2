package org.openbsn.orderingbridge.api;

/** A chaincode definition is committed on the channel and the chaincode answers there. */
public record ChaincodeDeployedEvent(String channelId, String chaincodeName, ChaincodeSource source, int sequence) {
}
