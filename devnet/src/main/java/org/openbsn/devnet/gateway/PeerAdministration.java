package org.openbsn.devnet.gateway;

import java.util.List;
import java.util.Optional;

import org.hyperledger.fabric.protos.common.Block;
import org.openbsn.devnet.ledger.ConfigBlock;
import org.openbsn.fabric.msp.Msp;

/** What devnet's peers hold of their own, one peer per organisation it hosts, as cscc asks it. */
public interface PeerAdministration {

    /** The MSP of {@code mspId} as devnet's peer of that organisation trusts it; empty when it hosts none. */
    Optional<Msp> localMsp(String mspId);

    /** The channels the peer of {@code mspId} has joined. */
    List<String> joinedChannels(String mspId);

    /**
     * Joins the peer of {@code mspId} to the channel of {@code genesis}; an {@code IllegalStateException} or
     * {@code IllegalArgumentException} says, in Fabric's words where it has them, why it cannot.
     */
    void join(String mspId, ConfigBlock genesis);

    /** The channel's latest configuration block, if the peer of {@code mspId} has joined it. */
    Optional<Block> configBlock(String mspId, String channelId);
}
