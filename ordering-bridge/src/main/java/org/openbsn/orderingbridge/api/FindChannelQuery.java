package org.openbsn.orderingbridge.api;

/** Asks for a channel: its cluster, members, peers, chaincodes and block height. */
public record FindChannelQuery(String channelId) {
}
