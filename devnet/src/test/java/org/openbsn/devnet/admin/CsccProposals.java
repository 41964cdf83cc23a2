package org.openbsn.devnet.admin;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.peer.ChaincodeHeaderExtension;
import org.hyperledger.fabric.protos.peer.ChaincodeID;
import org.hyperledger.fabric.protos.peer.ChaincodeInput;
import org.hyperledger.fabric.protos.peer.ChaincodeInvocationSpec;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeSpec;
import org.hyperledger.fabric.protos.peer.EndorserGrpc;
import org.hyperledger.fabric.protos.peer.Proposal;
import org.hyperledger.fabric.protos.peer.Response;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.openbsn.fabric.msp.Signer;

/** One cscc call as Fabric's peer CLI sends it, without the checks {@code PeerAdmin} makes first. */
final class CsccProposals {

    private static final SecureRandom RANDOM = new SecureRandom();

    private CsccProposals() {
    }

    /** The peer's response to {@code args} for cscc, signed by {@code signer}. */
    static Response call(ManagedChannel connection, Signer signer, ByteString... args) throws Exception {
        byte[] nonce = new byte[24];
        RANDOM.nextBytes(nonce);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(nonce);
        sha256.update(signer.creator().toByteArray());
        ChannelHeader channel = ChannelHeader.newBuilder().setType(HeaderType.ENDORSER_TRANSACTION_VALUE)
                .setTxId(HexFormat.of().formatHex(sha256.digest()))
                .setExtension(ChaincodeHeaderExtension.newBuilder().setChaincodeId(ChaincodeID.newBuilder().setName("cscc"))
                        .build().toByteString()).build();
        ChaincodeInvocationSpec invocation = ChaincodeInvocationSpec.newBuilder().setChaincodeSpec(ChaincodeSpec.newBuilder()
                .setChaincodeId(ChaincodeID.newBuilder().setName("cscc"))
                .setInput(ChaincodeInput.newBuilder().addAllArgs(List.of(args)))).build();
        ByteString proposal = Proposal.newBuilder()
                .setHeader(Header.newBuilder().setChannelHeader(channel.toByteString())
                        .setSignatureHeader(SignatureHeader.newBuilder().setCreator(signer.creator())
                                .setNonce(ByteString.copyFrom(nonce)).build().toByteString()).build().toByteString())
                .setPayload(ChaincodeProposalPayload.newBuilder().setInput(invocation.toByteString()).build().toByteString())
                .build().toByteString();
        return EndorserGrpc.newBlockingStub(connection).processProposal(SignedProposal.newBuilder().setProposalBytes(proposal)
                .setSignature(ByteString.copyFrom(signer.sign(proposal.toByteArray()))).build()).getResponse();
    }
}
