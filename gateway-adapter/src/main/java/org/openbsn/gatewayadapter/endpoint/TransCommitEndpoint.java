package org.openbsn.gatewayadapter.endpoint;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.openbsn.gatewayadapter.api.GatewayApplicationView;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.gatewayadapter.ledger.CommittedTransaction;
import org.openbsn.gatewayadapter.ledger.LedgerException;
import org.openbsn.gatewayadapter.ledger.LedgerIdentity;
import org.openbsn.gatewayadapter.ledger.OfflineSigned;
import org.openbsn.gatewayadapter.protocol.GatewayEndpoint;
import org.openbsn.gatewayadapter.protocol.GatewayRefusal;
import org.openbsn.gatewayadapter.protocol.GatewayReply;
import org.openbsn.gatewayadapter.protocol.GatewayRequest;
import org.springframework.stereotype.Component;

/**
 * {@code /api/fabric/v1/node/trans/commit}, the second step: body {@code {txId, signature}}, mac
 * B+txId+signature, where signature is Base64 of the creator's DER ECDSA-SHA256 signature over the
 * payload trans/prepare returned. The signature is checked against the creator's certificate before
 * anything is sent; the transaction is then ordered once and the reply, as {@code /node/trans}'s,
 * comes when it is committed: status is Fabric's validation code (0 = VALID) and blockHash is filled.
 */
@Component
class TransCommitEndpoint implements GatewayEndpoint {

    static final String PATH = "/api/fabric/v1/node/trans/commit";

    private final PreparedTransactions prepared;
    private final LedgerReads reads;
    private final OfflineSigned offline;
    private final LedgerIdentity portal;
    private final ProposalChecks checks;

    TransCommitEndpoint(PreparedTransactions prepared, LedgerReads reads, OfflineSigned offline, LedgerIdentity portal,
                        ProposalChecks checks) {
        this.prepared = prepared;
        this.reads = reads;
        this.offline = offline;
        this.portal = portal;
        this.checks = checks;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public GatewayReply handle(GatewayRequest request) {
        GatewayApplicationView app = reads.applicationOfMember(request);
        String txId = request.text("txId");
        if (txId.isEmpty()) {
            throw new GatewayRefusal("body.txId is missing; send the txId trans/prepare returned");
        }
        PreparedTransactions.Prepared waiting = prepared.find(txId)
                .filter(found -> found.appCode().equals(app.appCode()) && found.userCode().equals(request.userCode()))
                .orElseThrow(() -> new GatewayRefusal("transaction " + txId + " was not prepared by user "
                        + request.userCode() + " in application " + app.appCode() + "; call " + TransPrepareEndpoint.PATH
                        + " first"));
        if (waiting.committed()) {
            throw new GatewayRefusal("transaction " + txId + " was already committed"
                    + (waiting.blockNumber() == null ? "" : " in block " + waiting.blockNumber()) + "; it is sent only once");
        }
        if (!waiting.expiresAt().isAfter(Instant.now())) {
            throw new GatewayRefusal("transaction " + txId + " expired at " + waiting.expiresAt()
                    + " without being committed; prepare it again");
        }
        byte[] signature = signature(request);
        String problem = CreatorSignatures.problem(Pems.certificate(waiting.creatorPem()).getPublicKey(),
                waiting.payloadToSign(), signature);
        if (problem != null) {
            throw new GatewayRefusal("body.signature " + problem + " over the payload of transaction " + txId
                    + " with the certificate of " + waiting.userName() + "@" + app.appCode());
        }
        if (!prepared.claim(txId)) {
            throw new GatewayRefusal("transaction " + txId + " was already committed or has expired");
        }
        return commit(request, app, waiting, signature);
    }

    private GatewayReply commit(GatewayRequest request, GatewayApplicationView app, PreparedTransactions.Prepared waiting,
                                byte[] signature) {
        String txId = waiting.txId();
        CommittedTransaction committed;
        try {
            committed = offline.submit(portal, waiting.prepared(), signature);
        } catch (LedgerException failed) {
            checks.record(request, app, waiting.userName(), waiting.function(), true, txId, failed.getMessage());
            if (failed.reason() == LedgerException.Reason.UNAVAILABLE) {
                prepared.release(txId);
                throw new GatewayRefusal("the orderer could not be reached (" + failed.detail()
                        + "); transaction " + txId + " can be committed again");
            }
            throw new GatewayRefusal("transaction " + txId + " was not committed: " + failed.explained());
        }
        prepared.committed(txId, committed.blockNumber(), committed.validationCode());
        TxValidationCode code = TxValidationCode.forNumber(committed.validationCode());
        String outcome = committed.valid() ? "committed in block " + committed.blockNumber()
                : "in block " + committed.blockNumber() + " but not valid: " + code;
        checks.record(request, app, waiting.userName(), waiting.function(), true, txId, outcome);
        String blockHash = reads.blockHash(app, committed.blockNumber());
        return committed.valid()
                ? TransReplies.blockInfo(txId, blockHash, committed.validationCode(), 200,
                        new String(waiting.result(), StandardCharsets.UTF_8))
                : TransReplies.blockInfo(txId, blockHash, committed.validationCode(), 500,
                        "transaction " + txId + " is " + outcome + "; nothing was written");
    }

    private static byte[] signature(GatewayRequest request) {
        String text = request.text("signature");
        if (text.isEmpty()) {
            throw new GatewayRefusal("body.signature is missing; sign the payload trans/prepare returned");
        }
        try {
            return Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new GatewayRefusal("body.signature is not Base64");
        }
    }
}
