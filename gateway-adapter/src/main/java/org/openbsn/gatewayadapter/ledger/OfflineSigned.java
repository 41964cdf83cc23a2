package org.openbsn.gatewayadapter.ledger;

import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.protos.gateway.ProposedTransaction;
import org.hyperledger.fabric.protos.peer.SignedProposal;

/**
 * Calls whose signatures a business system made itself (public-key upload): fabric-gateway's
 * off-line signing flow, with the portal's identity only carrying the calls and signing the commit
 * status request. The creator's proposal and envelope signatures reach the peers untouched.
 */
public final class OfflineSigned {

    private final LedgerClient client;

    public OfflineSigned(LedgerClient client) {
        this.client = client;
    }

    /** Evaluates exactly this signed proposal against committed state. */
    public LedgerResult evaluate(LedgerIdentity carrier, String transactionId, SignedProposal signed) {
        return client.onFirstReachablePeer(carrier, channelOf(signed), gateway -> {
            Proposal proposal = gateway.newSignedProposal(proposed(transactionId, signed), signed.getSignature().toByteArray());
            try {
                return new LedgerResult(transactionId, LedgerResult.NOT_IN_A_BLOCK, proposal.evaluate());
            } catch (GatewayException failed) {
                throw new LedgerClient.Unreachable(failed);
            }
        });
    }

    /** Has the peers endorse exactly this signed proposal; nothing is ordered yet. */
    public EndorsedTransaction endorse(LedgerIdentity carrier, String transactionId, SignedProposal signed) {
        return client.onFirstReachablePeer(carrier, channelOf(signed), gateway -> {
            Proposal proposal = gateway.newSignedProposal(proposed(transactionId, signed), signed.getSignature().toByteArray());
            try {
                Transaction endorsed = proposal.endorse();
                return new EndorsedTransaction(endorsed.getTransactionId(), endorsed.getResult(), endorsed.getBytes());
            } catch (EndorseException failed) {
                throw new LedgerClient.Unreachable(failed);
            }
        });
    }

    /**
     * Sends a prepared transaction with its creator's signature over the envelope payload to the
     * orderer and waits for its commit status. The status is returned even when the transaction was
     * not valid: it was ordered and is in a block.
     */
    public CommittedTransaction submit(LedgerIdentity carrier, byte[] preparedBytes, byte[] envelopeSignature) {
        return client.onFirstReachablePeer(carrier, channelOfPrepared(preparedBytes), gateway -> {
            Transaction transaction = gateway.newSignedTransaction(preparedBytes, envelopeSignature);
            try {
                SubmittedTransaction submitted = transaction.submitAsync();
                Status status = submitted.getStatus();
                return new CommittedTransaction(status.getTransactionId(), status.getBlockNumber(), status.getCode().getNumber());
            } catch (SubmitException | CommitStatusException failed) {
                throw LedgerFailures.of(failed);
            }
        });
    }

    private static byte[] proposed(String transactionId, SignedProposal signed) {
        return ProposedTransaction.newBuilder().setTransactionId(transactionId).setProposal(signed).build().toByteArray();
    }

    /** The channel a signed proposal names; a malformed one is left to the peer to refuse. */
    private static String channelOf(SignedProposal signed) {
        try {
            org.hyperledger.fabric.protos.peer.Proposal proposal =
                    org.hyperledger.fabric.protos.peer.Proposal.parseFrom(signed.getProposalBytes());
            return channelOfHeader(org.hyperledger.fabric.protos.common.Header.parseFrom(proposal.getHeader()));
        } catch (com.google.protobuf.InvalidProtocolBufferException malformed) {
            return "";
        }
    }

    /** The channel a prepared transaction (fabric-gateway's PreparedTransaction holding the envelope) names. */
    private static String channelOfPrepared(byte[] preparedBytes) {
        try {
            org.hyperledger.fabric.protos.common.Envelope envelope =
                    org.hyperledger.fabric.protos.gateway.PreparedTransaction.parseFrom(preparedBytes).getEnvelope();
            return channelOfHeader(org.hyperledger.fabric.protos.common.Payload.parseFrom(envelope.getPayload()).getHeader());
        } catch (com.google.protobuf.InvalidProtocolBufferException malformed) {
            return "";
        }
    }

    private static String channelOfHeader(org.hyperledger.fabric.protos.common.Header header)
            throws com.google.protobuf.InvalidProtocolBufferException {
        return org.hyperledger.fabric.protos.common.ChannelHeader.parseFrom(header.getChannelHeader()).getChannelId();
    }
}
