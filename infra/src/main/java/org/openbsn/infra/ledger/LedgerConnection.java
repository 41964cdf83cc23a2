package org.openbsn.infra.ledger;

import java.util.List;

/**
 * How to reach a Fabric network: the peers whose Gateway service is called (the first reachable one
 * serves each call) and the organisation identity the portal signs with. Provided by configuration
 * for a real network, or by devnet when it runs in-process.
 */
public record LedgerConnection(List<Peer> peers, String mspId, String certificatePem, String privateKeyPem) {

    public LedgerConnection {
        if (peers == null || peers.isEmpty()) {
            throw new IllegalArgumentException("a ledger connection needs at least one peer endpoint");
        }
        peers = List.copyOf(peers);
    }

    /**
     * One peer's Gateway endpoint, the PEM of the CA that signed its TLS certificate, and the host
     * name its certificate is checked against when it differs from {@code host} (empty: {@code host}).
     */
    public record Peer(String host, int port, String tlsCaPem, String serverName) {

        public Peer(String host, int port, String tlsCaPem) {
            this(host, port, tlsCaPem, "");
        }
    }

    /** Hides the private key from logs and error messages. */
    @Override
    public String toString() {
        return "LedgerConnection[peers=" + peers.stream().map(p -> p.host() + ":" + p.port()).toList()
                + ", mspId=" + mspId + "]";
    }
}
