package org.openbsn.fabric.network;

import java.util.List;

import javax.net.ssl.SSLContext;

import org.openbsn.fabric.config.OrderingCluster;

/**
 * An ordering cluster as the operator configures it: what a channel's configuration says of it, and each orderer's
 * endpoints; {@code adminTls} holds the client certificate its admin endpoints trust.
 */
public record ClusterAccess(OrderingCluster cluster, List<Orderer> orderers, SSLContext adminTls) {

    public ClusterAccess {
        if (orderers == null || orderers.isEmpty()) {
            throw new IllegalArgumentException("an ordering cluster needs at least one orderer");
        }
        orderers = List.copyOf(orderers);
    }

    /** One orderer: its Broadcast endpoint, its channel participation (admin) port, and the CA of its TLS certificate. */
    public record Orderer(String host, int port, int adminPort, String tlsCaPem) {

        @Override
        public String toString() {
            return "orderer " + host + ":" + port;
        }
    }
}
