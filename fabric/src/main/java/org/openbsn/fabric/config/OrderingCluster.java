package org.openbsn.fabric.config;

import java.util.List;

/**
 * An ordering cluster as a channel's configuration names it: the orderer organisation (MSP id, CA and TLS CA PEM)
 * and its etcdraft consenters, each with the endpoint peers and other orderers reach and its TLS certificate.
 */
public record OrderingCluster(String mspId, String caPem, String tlsCaPem, List<Consenter> consenters) {

    public OrderingCluster {
        if (consenters == null || consenters.isEmpty()) {
            throw new IllegalArgumentException("an ordering cluster needs at least one consenter");
        }
        consenters = List.copyOf(consenters);
    }

    /** One etcdraft orderer: where it listens and the TLS certificate it serves and dials its peers with. */
    public record Consenter(Endpoint endpoint, String tlsCertificatePem) {
    }
}
