package org.openbsn.gatewayadapter.endpoint;

import java.nio.charset.StandardCharsets;
import org.openbsn.applications.api.FunctionType;
import org.openbsn.gatewayadapter.ledger.LedgerException;
import org.openbsn.gatewayadapter.ledger.LedgerIdentity;
import org.openbsn.gatewayadapter.ledger.LedgerResult;
import org.openbsn.gatewayadapter.ledger.OfflineSigned;
import org.openbsn.gatewayadapter.protocol.GatewayEndpoint;
import org.openbsn.gatewayadapter.protocol.GatewayRefusal;
import org.openbsn.gatewayadapter.protocol.GatewayReply;
import org.openbsn.gatewayadapter.protocol.GatewayRequest;
import org.springframework.stereotype.Component;

/**
 * {@code /api/fabric/v1/node/trans} for public-key-upload applications: the user's own signed
 * proposal of a query function is evaluated exactly as signed. An invoke cannot be committed in one
 * step (only the client can sign the envelope), so it is refused with the way to do it.
 */
@Component
class TransEndpoint implements GatewayEndpoint {

    static final String PATH = "/api/fabric/v1/node/trans";

    private final ProposalChecks checks;
    private final OfflineSigned offline;
    private final LedgerIdentity portal;

    TransEndpoint(ProposalChecks checks, OfflineSigned offline, LedgerIdentity portal) {
        this.checks = checks;
        this.offline = offline;
        this.portal = portal;
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
        if (call.function().type() == FunctionType.INVOKE) {
            String why = "function " + call.function().name() + " is an invoke: node/trans cannot commit it, because only "
                    + "the proposal's creator can sign the transaction envelope. Call " + TransPrepareEndpoint.PATH
                    + " with the same body, sign the payload it returns and send the signature to "
                    + TransCommitEndpoint.PATH + ", or use an application in key-trust mode, where the gateway signs";
            checks.record(request, call.app(), call.userName(), call.function().name(), true, "", "refused: " + why);
            throw new GatewayRefusal(why);
        }
        try {
            LedgerResult result = offline.evaluate(portal, txId, call.parts().signed());
            checks.record(request, call.app(), call.userName(), call.function().name(), true, txId, "evaluated");
            return TransReplies.blockInfo(txId, "", TransReplies.VALID, 200,
                    new String(result.payload(), StandardCharsets.UTF_8));
        } catch (LedgerException failed) {
            checks.record(request, call.app(), call.userName(), call.function().name(), true, txId, failed.getMessage());
            if (failed.reason() == LedgerException.Reason.CHAINCODE_REFUSED) {
                return TransReplies.blockInfo(txId, "", TransReplies.INVALID_OTHER_REASON, 500, failed.detail());
            }
            throw new GatewayRefusal(failed.explained());
        }
    }
}
