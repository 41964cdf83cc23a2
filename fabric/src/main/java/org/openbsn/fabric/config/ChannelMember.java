package org.openbsn.fabric.config;

import java.util.List;

/**
 * An application organisation of a channel: its MSP id, the PEM of its CA and of its TLS CA, its anchor peers,
 * and whether its peers endorse (a city node's organisation) or it only holds members (the participants').
 */
public record ChannelMember(String mspId, String caPem, String tlsCaPem, List<Endpoint> anchorPeers, boolean endorsing) {

    public ChannelMember {
        if (mspId == null || !mspId.matches("[A-Za-z0-9][A-Za-z0-9.-]{0,63}")) {
            throw new IllegalArgumentException("an MSP id is letters, digits, dots and dashes, not '" + mspId + "'");
        }
        anchorPeers = List.copyOf(anchorPeers);
    }
}
