package org.openbsn.fabric.network;

import io.grpc.ManagedChannel;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.Hash;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.openbsn.fabric.admin.PeerChannels;
import org.openbsn.fabric.msp.Signer;

/**
 * A Fabric Gateway connection through one peer, signing as an organisation's admin through the signing port: the
 * client hands the whole message to the port, which hashes and signs it, so no private key is needed here.
 */
final class AdminGateways {

    private AdminGateways() {
    }

    /** An open connection; closing it closes its gRPC channel too. */
    record Connection(Gateway gateway, ManagedChannel channel) implements AutoCloseable {

        @Override
        public void close() {
            gateway.close();
            channel.shutdownNow();
        }
    }

    static Connection open(Signer signer, PeerNode peer) {
        ManagedChannel channel = PeerChannels.open(peer.host(), peer.port(), peer.tlsCaPem(), peer.serverName());
        try {
            Gateway gateway = Gateway.newInstance()
                    .identity(new X509Identity(signer.mspId(), Identities.readX509Certificate(signer.certificatePem())))
                    .signer(signer::sign).hash(Hash.NONE)
                    .connection(channel).connect();
            return new Connection(gateway, channel);
        } catch (java.security.cert.CertificateException e) {
            channel.shutdownNow();
            throw new IllegalArgumentException("The admin certificate of " + signer.mspId() + " is not a PEM certificate", e);
        }
    }
}
