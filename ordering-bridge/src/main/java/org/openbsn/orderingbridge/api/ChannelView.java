package org.openbsn.orderingbridge.api;

import java.util.List;

import org.openbsn.infra.ledger.Endorsement;

/** A channel as the portal shows it; {@code height} is the ledger's current block count. */
public record ChannelView(String channelId, String applicationId, String clusterId, List<String> memberMspIds,
                          Endorsement endorsement, List<JoinedPeer> peers, List<String> chaincodes, long height) {
}
