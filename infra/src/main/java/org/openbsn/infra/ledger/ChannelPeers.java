package org.openbsn.infra.ledger;

import java.util.List;

/**
 * The peers that serve a channel on a network of several organisations: those of the application's city nodes,
 * as their owners enrolled them. Empty when the network knows none for the channel, and then the configured
 * peers serve it.
 */
public interface ChannelPeers {

    /** The channel's peers, in the order calls try them. */
    List<LedgerConnection.Peer> of(String channelId);
}
