package org.openbsn.orderingbridge.api;

/** One enrolled peer of a city node's organisation and where it listens. */
public record NodePeerView(String nodeId, String mspId, String peerName, String host, int port) {

    public String address() {
        return host + ":" + port;
    }
}
