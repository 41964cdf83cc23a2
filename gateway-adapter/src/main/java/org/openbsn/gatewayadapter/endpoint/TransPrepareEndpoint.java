package org.openbsn.gatewayadapter.endpoint;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openbsn.applications.api.FunctionType;
import org.openbsn.gatewayadapter.ledger.EndorsedTransaction;
import org.openbsn.gatewayadapter.ledger.LedgerException;
import org.openbsn.gatewayadapter.ledger.LedgerIdentity;
import org.openbsn.gatewayadapter.ledger.OfflineSigned;
import org.openbsn.gatewayadapter.protocol.GatewayEndpoint;
import org.openbsn.gatewayadapter.protocol.GatewayRefusal;
import org.openbsn.gatewayadapter.protocol.GatewayReply;
import org.openbsn.gatewayadapter.protocol.GatewayRequest;
import org.springframework.stereotype.Component;

/**
 * {@code /api/fabric/v1/node/trans/prepare}, OpenBSN's first step of an invoke in public-key-upload
 * mode. Request: as {@code /node/trans} ({@code {transData}}, mac B+transData). The proposal is
 * checked and endorsed, and the endorsed transaction is kept (see {@link PreparedTransactions}).
 * Reply body, keys in this order: {@code {txId, ccRes{ccCode, ccData}, payload}}, where payload is
 * Base64 of the envelope payload bytes the creator must sign (ECDSA-SHA256, DER, low S) and send to
 * {@code /node/trans/commit}; the reply mac's body string is txId+ccCode+ccData+payload. When the
 * chaincode refuses, ccCode is 500, ccData says why and payload is {@code ""}: nothing can be committed.
 */
@Component
class TransPrepareEndpoint implements GatewayEndpoint {

    static final String PATH = "/api/fabric/v1/node/trans/prepare";

    private final ProposalChecks checks;
    private final OfflineSigned offline;
    private final LedgerIdentity portal;
    private final PreparedTransactions prepared;

    TransPrepareEndpoint(ProposalChecks checks, OfflineSigned offline, LedgerIdentity portal, PreparedTransactions prepared) {
        this.checks = checks;
        this.offline = offline;
        this.portal = portal;
        this.prepared = prepared;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public boolean metered() {
        return true;
    }

    @Override
    public GatewayReply handle(GatewayRequest request) {
        CheckedProposal call = checks.check(request);
        String txId = call.parts().txId();
        String function = call.function().name();
        if (call.function().type() != FunctionType.INVOKE) {
            throw new GatewayRefusal("function " + function + " is a query, which changes nothing to commit; call "
                    + TransEndpoint.PATH + " with the same body");
        }
        try {
            EndorsedTransaction endorsed = offline.endorse(portal, txId, call.parts().signed());
            PreparedTransactions.Prepared kept = prepared.keep(txId, call.app().appCode(), request.userCode(), call.userName(),
                    function, call.creatorPem(), endorsed.preparedBytes(), endorsed.result());
            checks.record(request, call.app(), call.userName(), function, true, txId,
                    "endorsed; waiting for the creator's signature");
            return reply(txId, 200, new String(kept.result(), StandardCharsets.UTF_8),
                    Base64.getEncoder().encodeToString(kept.payloadToSign()));
        } catch (LedgerException failed) {
            checks.record(request, call.app(), call.userName(), function, true, txId, failed.getMessage());
            if (failed.reason() == LedgerException.Reason.CHAINCODE_REFUSED) {
                return reply(txId, 500, failed.detail(), "");
            }
            throw new GatewayRefusal("the ledger did not endorse the proposal: " + failed.explained());
        }
    }

    private static GatewayReply reply(String txId, int ccCode, String ccData, String payload) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("txId", txId);
        body.putObject("ccRes").put("ccCode", ccCode).put("ccData", ccData);
        body.put("payload", payload);
        return GatewayReply.success(body, txId + ccCode + ccData + payload);
    }
}
