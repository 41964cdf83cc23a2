package org.openbsn.noderegistry;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How applications are put on a node's peers: at or above {@code dedicatedTpsThreshold} TPS an application
 * gets a peer of its own; below it shares a peer that carries {@code sharedPeerTps}, filled to at most
 * {@code saturationPercent} of that ({@code BSN_NODES_PEERS_*}).
 */
@ConfigurationProperties("bsn.nodes.peers")
public record PeerSettings(@DefaultValue("100") int dedicatedTpsThreshold, @DefaultValue("200") int sharedPeerTps,
                           @DefaultValue("80") int saturationPercent) {

    public static final PeerSettings DEFAULTS = new PeerSettings(100, 200, 80);

    public PeerSettings {
        if (dedicatedTpsThreshold < 1 || sharedPeerTps < 1 || saturationPercent < 1 || saturationPercent > 100) {
            throw new IllegalArgumentException("bsn.nodes.peers needs a dedicated-tps-threshold and a shared-peer-tps of "
                    + "at least 1 and a saturation-percent from 1 to 100");
        }
    }

    /** True when a shared peer may carry {@code tps} in all without passing the saturation mark. */
    public boolean sharedPeerTakes(int tps) {
        return (long) tps * 100 <= (long) sharedPeerTps * saturationPercent;
    }
}
