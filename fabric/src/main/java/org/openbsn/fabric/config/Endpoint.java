package org.openbsn.fabric.config;

/** A host and port a Fabric process listens on. */
public record Endpoint(String host, int port) {

    public Endpoint {
        if (host == null || host.isBlank() || port <= 0 || port > 65535) {
            throw new IllegalArgumentException("an endpoint is a host and a port from 1 to 65535, not " + host + ":" + port);
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
