package org.openbsn.gatewayadapter.endpoint;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeHeaderExtension;
import org.hyperledger.fabric.protos.peer.ChaincodeInvocationSpec;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.Proposal;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.openbsn.gatewayadapter.protocol.GatewayRefusal;

/**
 * Takes apart the {@code transData} of node/trans (BSN-GATEWAY.md §5): Base64 of a serialised
 * peer.SignedProposal, down to the chaincode arguments. A layer that is missing or unreadable is
 * refused, naming the layer.
 */
final class SignedProposals {

    private static final String NOT_A_PROPOSAL = "body.transData is not a serialised peer.SignedProposal: ";

    private SignedProposals() {
    }

    /** Every layer of one proposal; {@code args.get(0)} is the chaincode function. */
    record Parts(SignedProposal signed, String txId, String channelId, long timestampSeconds, SerializedIdentity creator,
                 byte[] nonce, String chaincode, List<ByteString> args) {

        String function() {
            return args.get(0).toStringUtf8();
        }

        /** Fabric's transaction id for these bytes: lowercase hex of SHA-256(nonce ‖ serialised creator). */
        String expectedTxId() {
            try {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                sha256.update(nonce);
                sha256.update(creator.toByteArray());
                return HexFormat.of().formatHex(sha256.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static Parts parse(String transData) {
        if (transData.isEmpty()) {
            throw new GatewayRefusal("body.transData is missing; it must be Base64 of a serialised peer.SignedProposal");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(transData.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new GatewayRefusal("body.transData is not Base64: " + notBase64.getMessage());
        }
        SignedProposal signed = layer(() -> SignedProposal.parseFrom(bytes), "SignedProposal");
        require(!signed.getProposalBytes().isEmpty(), "it has no proposal_bytes");
        require(!signed.getSignature().isEmpty(), "it has no signature");
        Proposal proposal = layer(() -> Proposal.parseFrom(signed.getProposalBytes()), "Proposal");
        Header header = layer(() -> Header.parseFrom(proposal.getHeader()), "Header");
        require(!header.getChannelHeader().isEmpty(), "its header has no channel_header");
        require(!header.getSignatureHeader().isEmpty(), "its header has no signature_header");
        ChannelHeader channel = layer(() -> ChannelHeader.parseFrom(header.getChannelHeader()), "ChannelHeader");
        require(channel.getType() == HeaderType.ENDORSER_TRANSACTION_VALUE,
                "its channel header type is " + channel.getType() + ", not 3 (ENDORSER_TRANSACTION)");
        SignatureHeader signature = layer(() -> SignatureHeader.parseFrom(header.getSignatureHeader()), "SignatureHeader");
        require(!signature.getNonce().isEmpty(), "its signature header has no nonce");
        SerializedIdentity creator = layer(() -> SerializedIdentity.parseFrom(signature.getCreator()), "SerializedIdentity");
        require(!creator.getMspid().isEmpty() && !creator.getIdBytes().isEmpty(), "its creator has no mspid or id_bytes");
        ChaincodeHeaderExtension extension = layer(() -> ChaincodeHeaderExtension.parseFrom(channel.getExtension()),
                "ChaincodeHeaderExtension");
        ChaincodeProposalPayload payload = layer(() -> ChaincodeProposalPayload.parseFrom(proposal.getPayload()),
                "ChaincodeProposalPayload");
        ChaincodeInvocationSpec invocation = layer(() -> ChaincodeInvocationSpec.parseFrom(payload.getInput()),
                "ChaincodeInvocationSpec");
        List<ByteString> args = invocation.getChaincodeSpec().getInput().getArgsList();
        require(!args.isEmpty(), "its chaincode input has no arguments (args[0] is the function)");
        String chaincode = invocation.getChaincodeSpec().getChaincodeId().getName();
        if (chaincode.isEmpty()) {
            chaincode = extension.getChaincodeId().getName();
        }
        require(!chaincode.isEmpty(), "it names no chaincode");
        return new Parts(signed, channel.getTxId(), channel.getChannelId(), channel.getTimestamp().getSeconds(), creator,
                signature.getNonce().toByteArray(), chaincode, args);
    }

    private interface Parser<T> {
        T parse() throws InvalidProtocolBufferException;
    }

    private static <T> T layer(Parser<T> parser, String layer) {
        try {
            return parser.parse();
        } catch (InvalidProtocolBufferException unreadable) {
            throw new GatewayRefusal(NOT_A_PROPOSAL + "its " + layer + " cannot be read (" + unreadable.getMessage() + ")");
        }
    }

    private static void require(boolean holds, String problem) {
        if (!holds) {
            throw new GatewayRefusal(NOT_A_PROPOSAL + problem);
        }
    }
}
