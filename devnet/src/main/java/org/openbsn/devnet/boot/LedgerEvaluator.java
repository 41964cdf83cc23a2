package org.openbsn.devnet.boot;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.InvalidKeyException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.ledger.LedgerConnection;

/**
 * Evaluates chaincode functions the way any client does: fabric-gateway over gRPC/TLS to the ledger's first peer,
 * signing as the portal's identity. The connection is made on first use and kept until close.
 */
final class LedgerEvaluator implements AutoCloseable {

    private final LedgerConnection connection;
    private ManagedChannel channel;
    private Gateway gateway;

    LedgerEvaluator(LedgerConnection connection) {
        this.connection = connection;
    }

    /** The function's result; a refusal or chaincode error is a DomainException with the chaincode's words. */
    byte[] evaluate(String channelId, String chaincode, String function, List<String> args) {
        try {
            return gateway().getNetwork(channelId).getContract(chaincode)
                    .evaluateTransaction(function, args.toArray(String[]::new));
        } catch (GatewayException refused) {
            String reason = refused.getStatus().getDescription();
            throw new DomainException("chaincode.evaluate-refused", "Chaincode " + chaincode + " on channel " + channelId
                    + " refused " + function + ": " + (reason == null ? refused.getStatus().getCode() : reason),
                    chaincode, channelId, function);
        }
    }

    private synchronized Gateway gateway() {
        if (gateway == null) {
            LedgerConnection.Peer peer = connection.peers().get(0);
            try {
                NettyChannelBuilder builder = NettyChannelBuilder.forAddress(peer.host(), peer.port())
                        .sslContext(GrpcSslContexts.forClient().trustManager(new ByteArrayInputStream(
                                peer.tlsCaPem().getBytes(StandardCharsets.US_ASCII))).build());
                if (!peer.serverName().isBlank()) {
                    builder.overrideAuthority(peer.serverName());
                }
                channel = builder.build();
                gateway = Gateway.newInstance()
                        .identity(new X509Identity(connection.mspId(), Identities.readX509Certificate(connection.certificatePem())))
                        .signer(Signers.newPrivateKeySigner(Identities.readPrivateKey(connection.privateKeyPem())))
                        .connection(channel)
                        .evaluateOptions(options -> options.withDeadlineAfter(30, TimeUnit.SECONDS))
                        .connect();
            } catch (CertificateException | InvalidKeyException | java.io.IOException unusable) {
                throw new IllegalStateException("the portal's ledger identity or the peer's TLS CA cannot be read", unusable);
            }
        }
        return gateway;
    }

    @Override
    public synchronized void close() {
        if (gateway != null) {
            gateway.close();
            channel.shutdownNow();
        }
    }
}
