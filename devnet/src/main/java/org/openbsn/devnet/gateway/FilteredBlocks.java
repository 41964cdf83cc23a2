package org.openbsn.devnet.gateway;

import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.FilteredBlock;
import org.hyperledger.fabric.protos.peer.FilteredChaincodeAction;
import org.hyperledger.fabric.protos.peer.FilteredTransaction;
import org.hyperledger.fabric.protos.peer.FilteredTransactionActions;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * A block as Fabric's DeliverFiltered sends it: the channel, the number, and per transaction its id,
 * header type and validation code, with the chaincode events of endorser transactions stripped of
 * their payloads. Entries that cannot be read are left out, as Fabric leaves them out.
 */
final class FilteredBlocks {

    private FilteredBlocks() {
    }

    static FilteredBlock of(Block block) {
        FilteredBlock.Builder filtered = FilteredBlock.newBuilder().setNumber(block.getHeader().getNumber());
        byte[] codes = block.getMetadata().getMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE).toByteArray();
        for (int index = 0; index < block.getData().getDataCount(); index++) {
            try {
                Payload payload = Payload.parseFrom(Envelope.parseFrom(block.getData().getData(index)).getPayload());
                ChannelHeader header = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
                filtered.setChannelId(header.getChannelId());
                FilteredTransaction.Builder transaction = FilteredTransaction.newBuilder()
                        .setTxid(header.getTxId())
                        .setTypeValue(header.getType())
                        .setTxValidationCodeValue(index < codes.length ? codes[index] & 0xFF
                                : TxValidationCode.NOT_VALIDATED_VALUE);
                if (header.getType() == HeaderType.ENDORSER_TRANSACTION_VALUE) {
                    transaction.setTransactionActions(actions(Transaction.parseFrom(payload.getData())));
                }
                filtered.addFilteredTransactions(transaction);
            } catch (InvalidProtocolBufferException unreadable) {
                // an entry that is not a transaction has nothing to filter
            }
        }
        return filtered.build();
    }

    private static FilteredTransactionActions actions(Transaction transaction) throws InvalidProtocolBufferException {
        FilteredTransactionActions.Builder actions = FilteredTransactionActions.newBuilder();
        for (TransactionAction action : transaction.getActionsList()) {
            ChaincodeActionPayload payload = ChaincodeActionPayload.parseFrom(action.getPayload());
            ChaincodeAction chaincodeAction = ChaincodeAction.parseFrom(ProposalResponsePayload.parseFrom(
                    payload.getAction().getProposalResponsePayload()).getExtension());
            ChaincodeEvent event = ChaincodeEvent.parseFrom(chaincodeAction.getEvents());
            if (!event.getChaincodeId().isEmpty()) {
                actions.addChaincodeActions(FilteredChaincodeAction.newBuilder().setChaincodeEvent(ChaincodeEvent.newBuilder()
                        .setTxId(event.getTxId()).setChaincodeId(event.getChaincodeId()).setEventName(event.getEventName())));
            }
        }
        return actions.build();
    }
}
