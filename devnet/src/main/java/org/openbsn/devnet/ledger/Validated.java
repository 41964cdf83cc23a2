package org.openbsn.devnet.ledger;

import java.time.Instant;

import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/** A transaction after validation: its code and, when valid, the namespace, reads and writes, and its time. */
record Validated(TxValidationCode code, String txId, String namespace, KVRWSet rwset, Instant timestamp) {

    static Validated invalid(TxValidationCode code, String txId) {
        return new Validated(code, txId, null, null, null);
    }

    /** The content of a transaction already found valid (used when reading blocks back). */
    static Validated valid(Envelope envelope) throws InvalidProtocolBufferException {
        Payload payload = Payload.parseFrom(envelope.getPayload());
        ChannelHeader channel = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
        ChaincodeAction action = action(Transaction.parseFrom(payload.getData()));
        return new Validated(TxValidationCode.VALID, channel.getTxId(), action.getChaincodeId().getName(), rwset(action),
                Instant.ofEpochSecond(channel.getTimestamp().getSeconds(), channel.getTimestamp().getNanos()));
    }

    /** The chaincode action of a transaction's first (and only) action. */
    static ChaincodeAction action(Transaction transaction) throws InvalidProtocolBufferException {
        ChaincodeActionPayload actionPayload = ChaincodeActionPayload.parseFrom(transaction.getActions(0).getPayload());
        return ChaincodeAction.parseFrom(ProposalResponsePayload.parseFrom(
                actionPayload.getAction().getProposalResponsePayload()).getExtension());
    }

    /** The reads and writes in the action's own namespace. */
    static KVRWSet rwset(ChaincodeAction action) throws InvalidProtocolBufferException {
        String namespace = action.getChaincodeId().getName();
        KVRWSet rwset = KVRWSet.getDefaultInstance();
        for (NsReadWriteSet ns : TxReadWriteSet.parseFrom(action.getResults()).getNsRwsetList()) {
            if (ns.getNamespace().equals(namespace)) {
                rwset = KVRWSet.parseFrom(ns.getRwset());
            }
        }
        return rwset;
    }
}
