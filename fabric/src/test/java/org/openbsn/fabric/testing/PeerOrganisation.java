package org.openbsn.fabric.testing;

import java.security.cert.X509Certificate;
import java.util.List;

import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.OrganisationCa;

/** A peer organisation: its CA (to enroll clients), its TLS CA, its admin and its peers. */
public record PeerOrganisation(String mspId, OrganisationCa ca, X509Certificate tlsCaCertificate, Identity admin,
                               List<Peer> peers) {

    public PeerOrganisation {
        peers = List.copyOf(peers);
    }

    public X509Certificate caCertificate() {
        return ca.certificate();
    }

    public Peer peer(String name) {
        return peers.stream().filter(peer -> peer.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No peer named " + name + " in " + mspId));
    }
}
