package org.openbsn.devnet.gateway;

import java.security.cert.X509Certificate;
import java.util.concurrent.ExecutionException;

import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.orderer.SeekInfo;
import org.hyperledger.fabric.protos.orderer.SeekPosition;
import org.hyperledger.fabric.protos.peer.DeliverGrpc;
import org.hyperledger.fabric.protos.peer.DeliverResponse;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.devnet.msp.Msp;
import org.openbsn.devnet.msp.Pem;

/**
 * The peer Deliver service: block events. A signed DELIVER_SEEK_INFO envelope from a member of the
 * channel names where to start; blocks are sent in order and, for an open-ended seek, as they are
 * committed. Filtered blocks and private data are not served yet.
 */
public class DevnetDeliver extends DeliverGrpc.DeliverImplBase {

    private final Network network;

    public DevnetDeliver(Network network) {
        this.network = network;
    }

    @Override
    public StreamObserver<Envelope> deliver(StreamObserver<DeliverResponse> response) {
        ServerCallStreamObserver<DeliverResponse> client = (ServerCallStreamObserver<DeliverResponse>) response;
        return new StreamObserver<>() {
            @Override
            public void onNext(Envelope seek) {
                try {
                    start(seek, client);
                } catch (InvalidProtocolBufferException | IllegalArgumentException malformed) {
                    client.onError(Status.INVALID_ARGUMENT.withDescription("malformed seek: " + malformed.getMessage())
                            .asRuntimeException());
                }
            }

            @Override
            public void onError(Throwable cancelled) {
                // the client went away; its stream stops at the next block
            }

            @Override
            public void onCompleted() {
                // a seek already running goes on until the client cancels it
            }
        };
    }

    private void start(Envelope seek, ServerCallStreamObserver<DeliverResponse> client)
            throws InvalidProtocolBufferException {
        Payload payload = Payload.parseFrom(seek.getPayload());
        ChannelHeader header = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
        if (header.getType() != HeaderType.DELIVER_SEEK_INFO_VALUE) {
            throw new IllegalArgumentException("expected a DELIVER_SEEK_INFO envelope");
        }
        Network.Channel channel = network.channel(header.getChannelId()).orElse(null);
        if (channel == null) {
            client.onError(Status.NOT_FOUND.withDescription("channel " + header.getChannelId() + " is not served here")
                    .asRuntimeException());
            return;
        }
        SerializedIdentity creator = SerializedIdentity.parseFrom(
                SignatureHeader.parseFrom(payload.getHeader().getSignatureHeader()).getCreator());
        Msp msp = channel.ledger().members().get(creator.getMspid());
        X509Certificate certificate = Pem.certificate(creator.getIdBytes().toByteArray());
        if (msp == null || msp.problemWithSignature(certificate, seek.getPayload().toByteArray(),
                seek.getSignature().toByteArray()).isPresent()) {
            client.onError(Status.PERMISSION_DENIED.withDescription("seek not signed by a member of the channel")
                    .asRuntimeException());
            return;
        }
        SeekInfo info = SeekInfo.parseFrom(payload.getData());
        ChannelLedger ledger = channel.ledger();
        long first = position(info.getStart(), ledger, ledger.height());
        long last = info.getStop().getTypeCase() == SeekPosition.TypeCase.SPECIFIED
                ? info.getStop().getSpecified().getNumber() : Long.MAX_VALUE;
        Thread streaming = new Thread(() -> stream(ledger, first, last, client), "deliver-" + header.getChannelId());
        streaming.setDaemon(true);
        streaming.start();
    }

    private static long position(SeekPosition position, ChannelLedger ledger, long height) {
        return switch (position.getTypeCase()) {
            case SPECIFIED -> position.getSpecified().getNumber();
            case OLDEST -> 0;
            case NEWEST -> Math.max(0, height - 1);
            default -> height; // next commit
        };
    }

    private static void stream(ChannelLedger ledger, long first, long last, ServerCallStreamObserver<DeliverResponse> client) {
        try {
            for (long number = first; number <= last && !client.isCancelled(); number++) {
                client.onNext(DeliverResponse.newBuilder().setBlock(ledger.awaitBlock(number).get()).build());
            }
            if (!client.isCancelled()) {
                client.onNext(DeliverResponse.newBuilder().setStatus(org.hyperledger.fabric.protos.common.Status.SUCCESS).build());
                client.onCompleted();
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RuntimeException failed) {
            if (!client.isCancelled()) {
                client.onError(Status.UNAVAILABLE.withDescription(failed.getMessage()).asRuntimeException());
            }
        }
    }
}
