package org.openbsn.devnet.ledger;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRead;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.openbsn.devnet.chaincode.StateView;
import org.openbsn.fabric.msp.Msp;
import org.openbsn.fabric.msp.Pem;
import org.openbsn.devnet.policy.EndorsementPolicy;

/**
 * Validates one transaction of a block in Fabric's order (FABRIC-NOTES.md, "Validation at commit"):
 * payload and header, creator signature, transaction id, a single action whose proposal hash
 * matches, duplicate transaction id, the endorsement policy of the chaincode it invokes, MVCC.
 */
final class TransactionValidator {

    private final String channelId;
    private final Map<String, Msp> members;
    private final BiFunction<String, KVRWSet, EndorsementPolicy> policies;

    TransactionValidator(String channelId, Map<String, Msp> members, BiFunction<String, KVRWSet, EndorsementPolicy> policies) {
        this.channelId = channelId;
        this.members = members;
        this.policies = policies;
    }

    /**
     * Validates {@code envelope} against the committed ledger ({@code committed} tx ids and
     * {@code versions} of keys) and the earlier transactions of its block.
     */
    Validated validate(Envelope envelope, Set<String> txIdsInBlock, Set<String> writtenInBlock,
                       Predicate<String> committed, Function<String, StateView.Versioned> versions) {
        Payload payload;
        ChannelHeader channel;
        SignatureHeader signature;
        try {
            payload = Payload.parseFrom(envelope.getPayload());
            channel = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
            signature = SignatureHeader.parseFrom(payload.getHeader().getSignatureHeader());
        } catch (InvalidProtocolBufferException e) {
            return Validated.invalid(TxValidationCode.BAD_PAYLOAD, null);
        }
        String txId = channel.getTxId();
        if (channel.getType() != HeaderType.ENDORSER_TRANSACTION_VALUE || !channelId.equals(channel.getChannelId())) {
            return Validated.invalid(TxValidationCode.BAD_COMMON_HEADER, txId);
        }
        if (!signedByCreator(envelope, signature)) {
            return Validated.invalid(TxValidationCode.BAD_CREATOR_SIGNATURE, txId);
        }
        if (!txId.equals(TransactionIds.of(signature.getNonce(), signature.getCreator()))) {
            return Validated.invalid(TxValidationCode.BAD_PROPOSAL_TXID, txId);
        }
        try {
            Transaction transaction = Transaction.parseFrom(payload.getData());
            if (transaction.getActionsCount() != 1) {
                return Validated.invalid(TxValidationCode.INVALID_ENDORSER_TRANSACTION, txId);
            }
            ChaincodeActionPayload actionPayload = ChaincodeActionPayload.parseFrom(transaction.getActions(0).getPayload());
            ByteString responsePayload = actionPayload.getAction().getProposalResponsePayload();
            byte[] expectedHash = TransactionIds.proposalHash(payload.getHeader().getChannelHeader(),
                    payload.getHeader().getSignatureHeader(), actionPayload.getChaincodeProposalPayload());
            if (!MessageDigest.isEqual(expectedHash,
                    ProposalResponsePayload.parseFrom(responsePayload).getProposalHash().toByteArray())) {
                return Validated.invalid(TxValidationCode.INVALID_ENDORSER_TRANSACTION, txId);
            }
            ChaincodeAction action = Validated.action(transaction);
            String namespace = action.getChaincodeId().getName();
            if (committed.test(txId) || txIdsInBlock.contains(txId)) {
                return Validated.invalid(TxValidationCode.DUPLICATE_TXID, txId);
            }
            KVRWSet rwset = Validated.rwset(action);
            if (!policies.apply(namespace, rwset).isSatisfiedBy(Endorsements.verified(responsePayload,
                    actionPayload.getAction().getEndorsementsList(), members), members.keySet())) {
                return Validated.invalid(TxValidationCode.ENDORSEMENT_POLICY_FAILURE, txId);
            }
            for (KVRead read : rwset.getReadsList()) {
                String key = namespace + "\u0000" + read.getKey();
                StateView.Versioned current = versions.apply(key);
                boolean sameVersion = !read.hasVersion() ? current == null
                        : current != null && current.blockNumber() == read.getVersion().getBlockNum()
                                && current.txNumber() == read.getVersion().getTxNum();
                if (!sameVersion || writtenInBlock.contains(key)) {
                    return Validated.invalid(TxValidationCode.MVCC_READ_CONFLICT, txId);
                }
            }
            Instant at = Instant.ofEpochSecond(channel.getTimestamp().getSeconds(), channel.getTimestamp().getNanos());
            return new Validated(TxValidationCode.VALID, txId, namespace, rwset, at);
        } catch (InvalidProtocolBufferException | IllegalArgumentException e) {
            return Validated.invalid(TxValidationCode.INVALID_ENDORSER_TRANSACTION, txId);
        }
    }

    private boolean signedByCreator(Envelope envelope, SignatureHeader signature) {
        try {
            SerializedIdentity creator = SerializedIdentity.parseFrom(signature.getCreator());
            Msp msp = members.get(creator.getMspid());
            if (msp == null) {
                return false;
            }
            X509Certificate certificate = Pem.certificate(creator.getIdBytes().toByteArray());
            return msp.problemWithSignature(certificate, envelope.getPayload().toByteArray(),
                    envelope.getSignature().toByteArray()).isEmpty();
        } catch (InvalidProtocolBufferException | IllegalArgumentException e) {
            return false;
        }
    }
}
