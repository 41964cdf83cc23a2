package org.openbsn.fabric.testing;

/**
 * One running orderer: its gRPC endpoint, its admin (channel participation) and operations ports, and the TLS
 * certificate it serves with, which is also its raft client certificate (the consenter certificate of a channel).
 */
public record Orderer(String name, String host, int port, int adminPort, int operationsPort,
                      String tlsCertificatePem, String tlsCaPem) {

    /** {@code host:port}, as a channel's orderer endpoints name it. */
    public String address() {
        return host + ":" + port;
    }
}
