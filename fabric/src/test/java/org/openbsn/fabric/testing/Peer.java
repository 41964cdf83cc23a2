package org.openbsn.fabric.testing;

import java.security.cert.X509Certificate;

/** One running peer of an organisation: its endpoints, the TLS CA its server certificate chains to, its identity. */
public record Peer(String mspId, String name, String host, int port, int chaincodeListenPort, int operationsPort,
                   String tlsCaPem, X509Certificate identityCertificate) {

    /** {@code host:port} of its gRPC services (endorser, gateway, deliver, gossip). */
    public String address() {
        return host + ":" + port;
    }

    /** The name {@link RealFabric#kill}, {@code stop} and {@code restart} know it by, e.g. {@code peer0.Node1MSP}. */
    public String processName() {
        return name + "." + mspId;
    }
}
