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
        return client.onFirstReachablePeer(carrier, gateway -> {
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
        return client.onFirstReachablePeer(carrier, gateway -> {
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
        return client.onFirstReachablePeer(carrier, gateway -> {
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
}
