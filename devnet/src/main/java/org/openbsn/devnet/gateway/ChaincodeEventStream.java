package org.openbsn.devnet.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Context;
import io.grpc.stub.ServerCallStreamObserver;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.gateway.ChaincodeEventsResponse;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.openbsn.devnet.ledger.ChannelLedger;

/**
 * Streams a chaincode's events block by block from {@code startBlock}, for valid endorser
 * transactions only, skipping up to and including {@code afterTxId}; sends a response only for
 * blocks that have events, and keeps streaming new blocks until the client goes away.
 */
final class ChaincodeEventStream implements Runnable {

    private final ChannelLedger ledger;
    private final String chaincode;
    private final long startBlock;
    private final String afterTxId;
    private final ServerCallStreamObserver<ChaincodeEventsResponse> client;

    ChaincodeEventStream(ChannelLedger ledger, String chaincode, long startBlock, String afterTxId,
                         ServerCallStreamObserver<ChaincodeEventsResponse> client) {
        this.ledger = ledger;
        this.chaincode = chaincode;
        this.startBlock = startBlock;
        this.afterTxId = afterTxId;
        this.client = client;
    }

    @Override
    public void run() {
        boolean skipping = afterTxId != null && !afterTxId.isEmpty();
        try {
            for (long number = startBlock; !client.isCancelled() && !Context.current().isCancelled(); number++) {
                Block block = ledger.awaitBlock(number).get();
                byte[] filter = block.getMetadata().getMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE).toByteArray();
                List<ChaincodeEvent> events = new ArrayList<>();
                for (int index = 0; index < block.getData().getDataCount(); index++) {
                    Payload payload = Payload.parseFrom(Envelope.parseFrom(block.getData().getData(index)).getPayload());
                    ChannelHeader header = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
                    if (skipping) {
                        skipping = !header.getTxId().equals(afterTxId);
                        continue;
                    }
                    if (filter[index] != TxValidationCode.VALID_VALUE
                            || header.getType() != HeaderType.ENDORSER_TRANSACTION_VALUE) {
                        continue;
                    }
                    eventOf(payload).filter(event -> chaincode.equals(event.getChaincodeId())
                                    && !event.getTxId().isEmpty() && !event.getEventName().isEmpty())
                            .ifPresent(events::add);
                }
                if (!events.isEmpty()) {
                    client.onNext(ChaincodeEventsResponse.newBuilder().addAllEvents(events).setBlockNumber(number).build());
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | InvalidProtocolBufferException | RuntimeException failed) {
            if (!client.isCancelled()) {
                client.onError(io.grpc.Status.UNAVAILABLE.withDescription(failed.getMessage()).asRuntimeException());
            }
        }
    }

    private static java.util.Optional<ChaincodeEvent> eventOf(Payload payload) throws InvalidProtocolBufferException {
        Transaction transaction = Transaction.parseFrom(payload.getData());
        ChaincodeActionPayload actionPayload = ChaincodeActionPayload.parseFrom(transaction.getActions(0).getPayload());
        ChaincodeAction action = ChaincodeAction.parseFrom(ProposalResponsePayload.parseFrom(
                actionPayload.getAction().getProposalResponsePayload()).getExtension());
        return action.getEvents().isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(ChaincodeEvent.parseFrom(action.getEvents()));
    }
}
