package org.openbsn.devnet.admin;

import java.util.List;
import java.util.OptionalLong;

import org.hyperledger.fabric.protos.common.Block;

/** The channels devnet's orderer serves, as its channel participation API lists, joins and removes them. */
public interface OrdererChannels {

    /** The channels served, by name. */
    List<String> channelIds();

    /** The height of the channel, or empty when it is not served. */
    OptionalLong height(String channelId);

    /**
     * Opens the channel of {@code genesis} with that block as its block 0 and answers its height; an
     * {@code IllegalArgumentException} says why the block cannot open a channel.
     */
    long join(Block genesis);

    /** Removes the channel; false when it was not served. */
    boolean remove(String channelId);
}
