package org.openbsn.gatewayadapter.endpoint;

import java.util.Base64;
import java.util.HexFormat;

import com.google.protobuf.InvalidProtocolBufferException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeInvocationSpec;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;

/**
 * The {@code "json"} dataType of getTransdata and getBlockData: a transaction decoded down to what a
 * person reads — id, channel, type, time, creator, chaincode and arguments, the chaincode's response,
 * the keys written and who endorsed. Arguments, payloads and values are shown as UTF-8 text.
 */
final class TransactionJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TransactionJson() {
    }

    static ObjectNode block(Block block, String hashHex) {
        ObjectNode node = JSON.objectNode();
        node.put("number", block.getHeader().getNumber());
        node.put("hash", hashHex);
        node.put("previousHash", HexFormat.of().formatHex(block.getHeader().getPreviousHash().toByteArray()));
        node.put("dataHash", HexFormat.of().formatHex(block.getHeader().getDataHash().toByteArray()));
        ArrayNode transactions = node.putArray("transactions");
        BlockViews.transactions(block).forEach(summary ->
                transactions.add(transaction(summary.envelope()).put("status", summary.status())));
        return node;
    }

    static ObjectNode transaction(Envelope envelope) {
        ObjectNode node = JSON.objectNode();
        try {
            Payload payload = Payload.parseFrom(envelope.getPayload());
            ChannelHeader channel = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
            node.put("txId", channel.getTxId());
            node.put("channelId", channel.getChannelId());
            HeaderType type = HeaderType.forNumber(channel.getType());
            node.put("type", type == null ? Integer.toString(channel.getType()) : type.name());
            node.putObject("timestamp").put("seconds", channel.getTimestamp().getSeconds())
                    .put("nanos", channel.getTimestamp().getNanos());
            identity(node.putObject("creator"), SerializedIdentity.parseFrom(
                    SignatureHeader.parseFrom(payload.getHeader().getSignatureHeader()).getCreator()));
            if (type == HeaderType.ENDORSER_TRANSACTION) {
                actions(node.putArray("actions"), Transaction.parseFrom(payload.getData()));
            }
        } catch (InvalidProtocolBufferException unreadable) {
            node.put("unreadable", unreadable.getMessage());
        }
        node.put("signature", Base64.getEncoder().encodeToString(envelope.getSignature().toByteArray()));
        return node;
    }

    private static void actions(ArrayNode actions, Transaction transaction) throws InvalidProtocolBufferException {
        for (TransactionAction action : transaction.getActionsList()) {
            ObjectNode node = actions.addObject();
            ChaincodeActionPayload payload = ChaincodeActionPayload.parseFrom(action.getPayload());
            ChaincodeInvocationSpec invocation = ChaincodeInvocationSpec.parseFrom(
                    ChaincodeProposalPayload.parseFrom(payload.getChaincodeProposalPayload()).getInput());
            node.put("chaincode", invocation.getChaincodeSpec().getChaincodeId().getName());
            ArrayNode args = node.putArray("args");
            invocation.getChaincodeSpec().getInput().getArgsList().forEach(arg -> args.add(arg.toStringUtf8()));
            ChaincodeAction result = ChaincodeAction.parseFrom(ProposalResponsePayload.parseFrom(
                    payload.getAction().getProposalResponsePayload()).getExtension());
            node.putObject("response").put("status", result.getResponse().getStatus())
                    .put("message", result.getResponse().getMessage())
                    .put("payload", result.getResponse().getPayload().toStringUtf8());
            ArrayNode writes = node.putArray("writes");
            for (NsReadWriteSet namespace : TxReadWriteSet.parseFrom(result.getResults()).getNsRwsetList()) {
                KVRWSet set = KVRWSet.parseFrom(namespace.getRwset());
                set.getWritesList().forEach(write -> writes.addObject().put("namespace", namespace.getNamespace())
                        .put("key", write.getKey()).put("isDelete", write.getIsDelete())
                        .put("value", write.getValue().toStringUtf8()));
            }
            ArrayNode endorsers = node.putArray("endorsers");
            for (Endorsement endorsement : payload.getAction().getEndorsementsList()) {
                identity(endorsers.addObject(), SerializedIdentity.parseFrom(endorsement.getEndorser()));
            }
        }
    }

    private static void identity(ObjectNode node, SerializedIdentity identity) {
        node.put("mspId", identity.getMspid()).put("name", BlockViews.createName(identity));
    }
}
