package org.openbsn.devnet.gateway;

import java.util.concurrent.ExecutionException;
import java.util.function.Function;

import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.orderer.SeekInfo;
import org.hyperledger.fabric.protos.orderer.SeekPosition;
import org.hyperledger.fabric.protos.peer.BlockAndPrivateData;
import org.hyperledger.fabric.protos.peer.DeliverGrpc;
import org.hyperledger.fabric.protos.peer.DeliverResponse;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.devnet.policy.ChannelPolicy;

/**
 * The peer Deliver service: full blocks, filtered blocks, and blocks with their (always empty)
 * private data. A signed DELIVER_SEEK_INFO envelope from an identity satisfying the channel's
 * Readers policy names where to start; blocks are sent in order and, for an open-ended seek, as
 * they are committed. Refusals are status replies, as Fabric sends them: BAD_REQUEST for a
 * malformed seek, NOT_FOUND for an unknown channel, FORBIDDEN for an identity that may not read.
 */
public class DevnetDeliver extends DeliverGrpc.DeliverImplBase {

    private static final org.hyperledger.fabric.protos.common.Status SUCCESS = org.hyperledger.fabric.protos.common.Status.SUCCESS;
    private static final org.hyperledger.fabric.protos.common.Status BAD_REQUEST = org.hyperledger.fabric.protos.common.Status.BAD_REQUEST;
    private static final org.hyperledger.fabric.protos.common.Status NOT_FOUND = org.hyperledger.fabric.protos.common.Status.NOT_FOUND;
    private static final org.hyperledger.fabric.protos.common.Status FORBIDDEN = org.hyperledger.fabric.protos.common.Status.FORBIDDEN;

    private final Network network;

    public DevnetDeliver(Network network) {
        this.network = network;
    }

    @Override
    public StreamObserver<Envelope> deliver(StreamObserver<DeliverResponse> response) {
        return seeks(response, block -> DeliverResponse.newBuilder().setBlock(block).build());
    }

    @Override
    public StreamObserver<Envelope> deliverFiltered(StreamObserver<DeliverResponse> response) {
        return seeks(response, block -> DeliverResponse.newBuilder().setFilteredBlock(FilteredBlocks.of(block)).build());
    }

    /** devnet keeps no private data collections, so every block comes with an empty private data map. */
    @Override
    public StreamObserver<Envelope> deliverWithPrivateData(StreamObserver<DeliverResponse> response) {
        return seeks(response, block -> DeliverResponse.newBuilder()
                .setBlockAndPrivateData(BlockAndPrivateData.newBuilder().setBlock(block)).build());
    }

    private StreamObserver<Envelope> seeks(StreamObserver<DeliverResponse> response, Function<Block, DeliverResponse> form) {
        ServerCallStreamObserver<DeliverResponse> client = (ServerCallStreamObserver<DeliverResponse>) response;
        return new StreamObserver<>() {
            @Override
            public void onNext(Envelope seek) {
                try {
                    start(seek, client, form);
                } catch (InvalidProtocolBufferException | IllegalArgumentException malformed) {
                    finish(client, BAD_REQUEST);
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

    private void start(Envelope seek, ServerCallStreamObserver<DeliverResponse> client, Function<Block, DeliverResponse> form)
            throws InvalidProtocolBufferException {
        Payload payload = Payload.parseFrom(seek.getPayload());
        ChannelHeader header = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
        if (header.getType() != HeaderType.DELIVER_SEEK_INFO_VALUE) {
            throw new IllegalArgumentException("expected a DELIVER_SEEK_INFO envelope");
        }
        Network.Channel channel = network.channel(header.getChannelId()).orElse(null);
        if (channel == null) {
            finish(client, NOT_FOUND);
            return;
        }
        try {
            ChannelAccess.require(ChannelPolicy.READERS, channel.ledger(),
                    SignatureHeader.parseFrom(payload.getHeader().getSignatureHeader()).getCreator(),
                    seek.getPayload(), seek.getSignature());
        } catch (StatusRuntimeException refused) {
            finish(client, refused.getStatus().getCode() == Status.Code.PERMISSION_DENIED ? FORBIDDEN : BAD_REQUEST);
            return;
        }
        SeekInfo info = SeekInfo.parseFrom(payload.getData());
        ChannelLedger ledger = channel.ledger();
        long first = position(info.getStart(), ledger.height());
        long last = info.getStop().getTypeCase() == SeekPosition.TypeCase.SPECIFIED
                ? info.getStop().getSpecified().getNumber() : Long.MAX_VALUE;
        Thread streaming = new Thread(() -> stream(ledger, first, last, client, form), "deliver-" + header.getChannelId());
        streaming.setDaemon(true);
        streaming.start();
    }

    private static long position(SeekPosition position, long height) {
        return switch (position.getTypeCase()) {
            case SPECIFIED -> position.getSpecified().getNumber();
            case OLDEST -> 0;
            case NEWEST -> Math.max(0, height - 1);
            default -> height; // next commit
        };
    }

    private static void stream(ChannelLedger ledger, long first, long last, ServerCallStreamObserver<DeliverResponse> client,
                               Function<Block, DeliverResponse> form) {
        try {
            for (long number = first; number <= last && !client.isCancelled(); number++) {
                client.onNext(form.apply(ledger.awaitBlock(number).get()));
            }
            finish(client, SUCCESS);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RuntimeException failed) {
            if (!client.isCancelled()) {
                client.onError(Status.UNAVAILABLE.withDescription(failed.getMessage()).asRuntimeException());
            }
        }
    }

    private static void finish(ServerCallStreamObserver<DeliverResponse> client, org.hyperledger.fabric.protos.common.Status status) {
        if (!client.isCancelled()) {
            client.onNext(DeliverResponse.newBuilder().setStatus(status).build());
            client.onCompleted();
        }
    }
}
