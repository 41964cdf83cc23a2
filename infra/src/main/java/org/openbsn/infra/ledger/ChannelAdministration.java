package org.openbsn.infra.ledger;

import java.util.List;

/**
 * The Fabric network's channel administration as the ordering bridge uses it: creating an application's
 * channel, joining peers to it and running chaincode on it. Every call may be repeated with the same
 * arguments and then changes nothing; a refusal is a {@code DomainException} naming the problem.
 */
public interface ChannelAdministration {

    /**
     * Creates the channel with these member organisations, its chaincodes' transactions valid when endorsed as
     * {@code endorsement} asks, or leaves it as it is when it exists.
     */
    void createChannel(String channelId, List<String> memberMspIds, Endorsement endorsement);

    /**
     * Creates the channel on ordering cluster {@code clusterId}; {@code tps}, the TPS bought over all its city nodes,
     * sets how its blocks are cut. A network with a single orderer may ignore both.
     */
    default void createChannel(String channelId, String clusterId, List<String> memberMspIds, Endorsement endorsement,
                               int tps) {
        createChannel(channelId, memberMspIds, endorsement);
    }

    /** Creates the channel with these member organisations, endorsed by a MAJORITY of them, as Fabric's default. */
    default void createChannel(String channelId, List<String> memberMspIds) {
        createChannel(channelId, memberMspIds, Endorsement.majority());
    }

    /** Joins the city node's peer to the channel. */
    void joinPeer(String channelId, String nodeId, String peerId);

    /** Commits the chaincode definition {@code name} at {@code sequence}: {@code kind} "base", or "package" by Fabric package id. */
    void deployChaincode(String channelId, String name, String kind, String packageId, int sequence);

    /**
     * Evaluates (without ordering) {@code function} with {@code args} on the channel's chaincode {@code name} through
     * the Fabric Gateway and answers its result; a refusal or chaincode error is a {@code DomainException} naming it.
     */
    byte[] evaluate(String channelId, String name, String function, List<String> args);

    /** The channel's block count; 0 when the network has no such channel. */
    long height(String channelId);
}
