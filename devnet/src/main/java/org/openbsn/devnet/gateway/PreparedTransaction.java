package org.openbsn.devnet.gateway;

import java.util.List;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Status;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRead;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.Version;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.ChaincodeID;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Response;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.openbsn.devnet.chaincode.Simulation;
import org.openbsn.devnet.ledger.TransactionIds;
import org.openbsn.fabric.msp.Identity;

/**
 * The transaction the client signs and submits after Endorse (FABRIC-NOTES.md, "Endorse response"):
 * the proposal's headers unchanged, one action carrying the simulation's read-write set, event and
 * response, and one endorsement per endorsing peer over the proposal response payload.
 */
final class PreparedTransaction {

    private PreparedTransaction() {
    }

    /** The transaction for {@code proposal}, endorsed by each of {@code endorsers}. */
    static Envelope of(ProposalCheck proposal, Simulation result, List<Identity> endorsers) {
        KVRWSet.Builder rwset = KVRWSet.newBuilder();
        result.reads().forEach((key, version) -> {
            KVRead.Builder read = KVRead.newBuilder().setKey(key);
            if (version.value() != null) {
                read.setVersion(Version.newBuilder().setBlockNum(version.blockNumber()).setTxNum(version.txNumber()));
            }
            rwset.addReads(read);
        });
        result.writes().forEach((key, value) -> rwset.addWrites(value == null
                ? KVWrite.newBuilder().setKey(key).setIsDelete(true)
                : KVWrite.newBuilder().setKey(key).setValue(ByteString.copyFrom(value))));
        ChaincodeAction.Builder action = ChaincodeAction.newBuilder()
                .setResults(TxReadWriteSet.newBuilder().setDataModel(TxReadWriteSet.DataModel.KV)
                        .addNsRwset(NsReadWriteSet.newBuilder().setNamespace(proposal.chaincodeName())
                                .setRwset(rwset.build().toByteString())).build().toByteString())
                .setResponse(response(result))
                .setChaincodeId(ChaincodeID.newBuilder().setName(proposal.chaincodeName()));
        if (result.event() != null) {
            action.setEvents(result.event().toBuilder().setChaincodeId(proposal.chaincodeName())
                    .setTxId(proposal.txId()).build().toByteString());
        }
        ByteString responsePayload = ProposalResponsePayload.newBuilder()
                .setProposalHash(ByteString.copyFrom(TransactionIds.proposalHash(proposal.channelHeader(),
                        proposal.signatureHeader(), proposal.proposalPayload())))
                .setExtension(action.build().toByteString())
                .build().toByteString();
        ChaincodeEndorsedAction.Builder endorsed = ChaincodeEndorsedAction.newBuilder()
                .setProposalResponsePayload(responsePayload);
        for (Identity endorsingPeer : endorsers) {
            ByteString endorser = SerializedIdentity.newBuilder().setMspid(endorsingPeer.mspId())
                    .setIdBytes(ByteString.copyFromUtf8(endorsingPeer.certificatePem())).build().toByteString();
            endorsed.addEndorsements(Endorsement.newBuilder().setEndorser(endorser).setSignature(
                    ByteString.copyFrom(endorsingPeer.sign(responsePayload.concat(endorser).toByteArray()))));
        }
        ChaincodeProposalPayload inputOnly;
        try {
            inputOnly = ChaincodeProposalPayload.newBuilder()
                    .setInput(ChaincodeProposalPayload.parseFrom(proposal.proposalPayload()).getInput()).build();
        } catch (InvalidProtocolBufferException e) {
            throw ProposalCheck.refusal(Status.INVALID_ARGUMENT, "malformed chaincode proposal payload");
        }
        ChaincodeActionPayload actionPayload = ChaincodeActionPayload.newBuilder()
                .setChaincodeProposalPayload(inputOnly.toByteString())
                .setAction(endorsed)
                .build();
        Transaction transaction = Transaction.newBuilder().addActions(TransactionAction.newBuilder()
                .setHeader(proposal.signatureHeader()).setPayload(actionPayload.toByteString())).build();
        Payload payload = Payload.newBuilder()
                .setHeader(Header.newBuilder().setChannelHeader(proposal.channelHeader())
                        .setSignatureHeader(proposal.signatureHeader()))
                .setData(transaction.toByteString())
                .build();
        return Envelope.newBuilder().setPayload(payload.toByteString()).build();
    }

    /** The chaincode response as the client reads it. */
    static Response response(Simulation result) {
        return Response.newBuilder().setStatus(result.status()).setMessage(result.message())
                .setPayload(ByteString.copyFrom(result.payload())).build();
    }
}
