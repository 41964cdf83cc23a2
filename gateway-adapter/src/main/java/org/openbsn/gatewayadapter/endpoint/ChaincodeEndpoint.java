package org.openbsn.gatewayadapter.endpoint;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openbsn.applications.api.ApplicationFunction;
import org.openbsn.applications.api.CertificateMode;
import org.openbsn.applications.api.FunctionType;
import org.openbsn.gatewayadapter.api.GatewayApplicationView;
import org.openbsn.gatewayadapter.api.GatewayCallAuditedEvent;
import org.openbsn.gatewayadapter.api.GatewayMemberView;
import org.openbsn.gatewayadapter.ledger.LedgerClient;
import org.openbsn.gatewayadapter.ledger.LedgerException;
import org.openbsn.gatewayadapter.ledger.LedgerIdentity;
import org.openbsn.gatewayadapter.ledger.LedgerResult;
import org.openbsn.gatewayadapter.protocol.GatewayDirectory;
import org.openbsn.gatewayadapter.protocol.GatewayEndpoint;
import org.openbsn.gatewayadapter.protocol.GatewayRefusal;
import org.openbsn.gatewayadapter.protocol.GatewayReply;
import org.openbsn.gatewayadapter.protocol.GatewayRequest;
import org.springframework.stereotype.Component;

/**
 * {@code /api/fabric/v1/node/reqChainCode} for key-trust applications: the function is looked up
 * among the application's, checked against the caller's roles, and run as the named user (or the
 * participant) — an invoke is submitted and committed, a query evaluated. Each nonce is used once;
 * every call that names a function is audited.
 */
@Component
class ChaincodeEndpoint implements GatewayEndpoint {

    static final String PATH = "/api/fabric/v1/node/reqChainCode";
    private final GatewayDirectory directory;
    private final Nonces nonces;
    private final SigningIdentities identities;
    private final LedgerClient ledger;
    private final AuditTrail audit;
    private final LedgerReads reads;

    ChaincodeEndpoint(GatewayDirectory directory, Nonces nonces, SigningIdentities identities, LedgerClient ledger,
                      AuditTrail audit, LedgerReads reads) {
        this.directory = directory;
        this.nonces = nonces;
        this.identities = identities;
        this.ledger = ledger;
        this.audit = audit;
        this.reads = reads;
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
        GatewayApplicationView app = directory.application(request.appCode())
                .orElseThrow(() -> new GatewayRefusal("unknown application " + request.appCode()));
        if (app.mode() != CertificateMode.KEY_TRUST) {
            throw new GatewayRefusal("reqChainCode signs for key-trust applications; application " + app.appCode()
                    + " uses public-key upload: sign the proposal locally and call /api/fabric/v1/node/trans");
        }
        String chaincode = request.text("chainCode");
        if (!chaincode.isEmpty() && !chaincode.equals(app.chaincode())) {
            throw new GatewayRefusal("application " + app.appCode() + " runs chaincode " + app.chaincode() + ", not " + chaincode);
        }
        claimNonce(request);
        String userName = request.text("userName");
        String functionName = request.text("funcName");
        ApplicationFunction function = app.function(functionName).orElseThrow(() ->
                denied(request, "application " + app.appCode() + " has no function " + functionName));
        List<String> roles = directory.member(app.appCode(), request.userCode()).map(GatewayMemberView::roles).orElse(List.of());
        Permissions.denial(app, request.userCode(), roles, functionName).ifPresent(denial -> {
            throw denied(request, denial);
        });
        if (function.type() == FunctionType.EVENT) {
            throw denied(request, "function " + functionName + " of application " + app.appCode()
                    + " is a chaincode event; register for it with /api/fabric/v1/chainCode/event/register");
        }
        LedgerIdentity signer = identities.of(app, request.userCode(), userName);
        return call(request, app, function, signer);
    }

    private void claimNonce(GatewayRequest request) {
        String nonce = request.text("nonce");
        if (nonce.isEmpty()) {
            throw new GatewayRefusal("body.nonce is missing; every call needs a new random nonce");
        }
        if (nonce.length() > Nonces.LONGEST) {
            throw new GatewayRefusal("body.nonce is longer than " + Nonces.LONGEST + " characters");
        }
        if (!nonces.claim(request.userCode(), nonce)) {
            throw new GatewayRefusal("nonce " + nonce + " was already used by user " + request.userCode()
                    + "; a replayed call is refused");
        }
    }

    private GatewayReply call(GatewayRequest request, GatewayApplicationView app, ApplicationFunction function,
                              LedgerIdentity signer) {
        List<String> args = request.strings("args");
        Map<String, String> transientData = new LinkedHashMap<>();
        request.entries("transientData").forEach(entry -> transientData.put(entry.getKey(), entry.getValue()));
        try {
            LedgerResult result = function.type() == FunctionType.INVOKE
                    ? ledger.transact(signer, app.channelId(), app.chaincode(), function.chaincodeFunction(), args, transientData)
                    : ledger.query(signer, app.channelId(), app.chaincode(), function.chaincodeFunction(), args, transientData);
            boolean committed = function.type() == FunctionType.INVOKE;
            record(request, true, result.transactionId(), committed ? "committed in block " + result.blockNumber() : "evaluated");
            String blockHash = committed ? reads.blockHash(app, result.blockNumber()) : "";
            return TransReplies.blockInfo(result.transactionId(), blockHash, TransReplies.VALID, 200,
                    new String(result.payload(), StandardCharsets.UTF_8));
        } catch (LedgerException failed) {
            record(request, true, failed.transactionId(), failed.getMessage());
            if (failed.reason() == LedgerException.Reason.CHAINCODE_REFUSED) {
                return TransReplies.blockInfo(failed.transactionId(), "", TransReplies.INVALID_OTHER_REASON, 500,
                        failed.detail());
            }
            throw new GatewayRefusal(failed.explained());
        }
    }

    private GatewayRefusal denied(GatewayRequest request, String why) {
        record(request, false, "", why);
        return new GatewayRefusal(why);
    }

    private void record(GatewayRequest request, boolean allowed, String txId, String outcome) {
        audit.record(new GatewayCallAuditedEvent(request.appCode(), request.userCode(), request.text("userName"),
                request.text("funcName"), allowed, txId, outcome, PATH));
    }
}
