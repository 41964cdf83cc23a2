package org.openbsn.fabric.network;

/**
 * One peer of a city node's organisation {@code mspId}: where its Endorser and Gateway services listen, the CA of its
 * TLS certificate, and the host name that certificate carries when it is not {@code host} (empty otherwise).
 */
public record PeerNode(String mspId, String host, int port, String tlsCaPem, String serverName) {

    @Override
    public String toString() {
        return mspId + " peer at " + host + ":" + port;
    }
}
