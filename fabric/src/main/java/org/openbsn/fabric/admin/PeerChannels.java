package org.openbsn.fabric.admin;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.net.ssl.SSLException;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;

/** gRPC connections to a peer over TLS, as admin calls and the Fabric Gateway client both use them. */
public final class PeerChannels {

    private PeerChannels() {
    }

    /** A connection to {@code host:port} whose TLS certificate chains to {@code tlsCaPem} and names {@code serverName} (or {@code host}). */
    public static ManagedChannel open(String host, int port, String tlsCaPem, String serverName) {
        try {
            NettyChannelBuilder builder = NettyChannelBuilder.forAddress(host, port).sslContext(GrpcSslContexts.forClient()
                    .trustManager(new ByteArrayInputStream(tlsCaPem.getBytes(StandardCharsets.US_ASCII))).build());
            if (serverName != null && !serverName.isBlank()) {
                builder.overrideAuthority(serverName);
            }
            return builder.build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The TLS CA given for " + host + ":" + port + " is not a PEM certificate", e);
        }
    }
}
