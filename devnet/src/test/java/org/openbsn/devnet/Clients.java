package org.openbsn.devnet;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;

/** fabric-gateway clients of a running devnet over TLS, as an application connects. */
final class Clients {

    private Clients() {
    }

    static ManagedChannel tls(Devnet devnet) throws Exception {
        return NettyChannelBuilder.forAddress("127.0.0.1", devnet.port())
                .sslContext(GrpcSslContexts.forClient().trustManager(devnet.tlsCaCertificate()).build())
                .build();
    }

    static Gateway connect(ManagedChannel channel, Identity identity) {
        return Gateway.newInstance().identity(new X509Identity(identity.mspId(), identity.certificate()))
                .signer(Signers.newPrivateKeySigner(identity.privateKey())).connection(channel).connect();
    }

    static Gateway connect(Devnet devnet, ManagedChannel channel, String mspId, String name, NodeOu role) {
        return connect(channel, devnet.organisation(mspId).enroll(name, role));
    }

    /** The next element of a stream, or a failure after 20 seconds instead of a hang. */
    static <T> T next(java.util.Iterator<T> stream) throws Exception {
        return CompletableFuture.supplyAsync(stream::next).get(20, TimeUnit.SECONDS);
    }
}
