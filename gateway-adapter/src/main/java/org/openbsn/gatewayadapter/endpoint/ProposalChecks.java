package org.openbsn.gatewayadapter.endpoint;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.openbsn.applications.api.ApplicationFunction;
import org.openbsn.applications.api.CertificateMode;
import org.openbsn.applications.api.FunctionType;
import org.openbsn.gatewayadapter.api.GatewayApplicationView;
import org.openbsn.gatewayadapter.api.GatewayCallAuditedEvent;
import org.openbsn.gatewayadapter.api.GatewayMemberView;
import org.openbsn.gatewayadapter.api.GatewayUserView;
import org.openbsn.gatewayadapter.keys.HostedKeys;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.gatewayadapter.protocol.GatewayDirectory;
import org.openbsn.gatewayadapter.protocol.GatewayRefusal;
import org.openbsn.gatewayadapter.protocol.GatewayRequest;
import org.springframework.stereotype.Component;

/**
 * The checks of BSN-GATEWAY.md §5 on a proposal a public-key-upload user signed, in the order a
 * person fixes them: the layers, channel and MSP, the transaction id, the signature, the CA, the
 * enrolled user and who registered it, then the function and the caller's roles. Each refusal names
 * the problem; a function the roles do not allow is audited as denied.
 */
@Component
class ProposalChecks {

    private final GatewayDirectory directory;
    private final HostedKeys keys;
    private final AuditTrail audit;

    ProposalChecks(GatewayDirectory directory, HostedKeys keys, AuditTrail audit) {
        this.directory = directory;
        this.keys = keys;
        this.audit = audit;
    }

    CheckedProposal check(GatewayRequest request) {
        GatewayApplicationView app = directory.application(request.appCode())
                .orElseThrow(() -> new GatewayRefusal("unknown application " + request.appCode()));
        if (app.mode() != CertificateMode.PUBLIC_KEY_UPLOAD) {
            throw new GatewayRefusal(request.path() + " takes proposals signed by public-key-upload users; application "
                    + app.appCode() + " uses key trust: call /api/fabric/v1/node/reqChainCode");
        }
        SignedProposals.Parts parts = SignedProposals.parse(request.text("transData"));
        if (!parts.channelId().equals(app.channelId())) {
            throw new GatewayRefusal("the proposal's channel_id is " + parts.channelId() + ", but application "
                    + app.appCode() + " runs on channel " + app.channelId());
        }
        if (!parts.creator().getMspid().equals(app.mspId())) {
            throw new GatewayRefusal("the proposal's creator belongs to MSP " + parts.creator().getMspid()
                    + ", but the users of application " + app.appCode() + " belong to " + app.mspId());
        }
        String expectedTxId = parts.expectedTxId();
        if (!parts.txId().equals(expectedTxId)) {
            throw new GatewayRefusal("the proposal's tx_id " + parts.txId() + " is not SHA-256(nonce + creator) = "
                    + expectedTxId);
        }
        String creatorPem = parts.creator().getIdBytes().toStringUtf8();
        X509Certificate creator;
        try {
            creator = Pems.certificate(creatorPem);
        } catch (IllegalArgumentException unreadable) {
            throw new GatewayRefusal("the proposal's creator id_bytes " + unreadable.getMessage());
        }
        String signatureProblem = CreatorSignatures.problem(creator.getPublicKey(), parts.signed().getProposalBytes()
                .toByteArray(), parts.signed().getSignature().toByteArray());
        if (signatureProblem != null) {
            throw new GatewayRefusal("the proposal's signature " + signatureProblem + " with its creator's certificate");
        }
        checkIssuer(app, creator);
        String userName = enrolledUser(request, app, creator);
        if (!parts.chaincode().equals(app.chaincode())) {
            throw new GatewayRefusal("application " + app.appCode() + " runs chaincode " + app.chaincode() + ", not "
                    + parts.chaincode());
        }
        ApplicationFunction function = allowedFunction(request, app, userName, parts);
        return new CheckedProposal(app, function, userName, creatorPem, parts);
    }

    private void checkIssuer(GatewayApplicationView app, X509Certificate creator) {
        X509Certificate ca = keys.caCertificate(app.mspId()).orElseThrow(() -> new GatewayRefusal(
                "this gateway has no CA of MSP " + app.mspId() + ", so it cannot check the proposal's creator"));
        try {
            if (!creator.getIssuerX500Principal().equals(ca.getSubjectX500Principal())) {
                throw new GeneralSecurityException("issuer differs");
            }
            creator.verify(ca.getPublicKey());
        } catch (GeneralSecurityException notIssued) {
            throw new GatewayRefusal("the proposal's creator certificate (" + creator.getSubjectX500Principal()
                    + ") was not issued by the CA of MSP " + app.mspId());
        }
        try {
            creator.checkValidity();
        } catch (CertificateExpiredException | CertificateNotYetValidException outside) {
            throw new GatewayRefusal("the proposal's creator certificate is valid only from " + creator.getNotBefore()
                    + " to " + creator.getNotAfter());
        }
    }

    /** The name of the enrolled user whose certificate {@code creator} is, registered by the caller. */
    private String enrolledUser(GatewayRequest request, GatewayApplicationView app, X509Certificate creator) {
        String commonName = CreatorSignatures.commonName(creator);
        String suffix = "@" + app.appCode();
        if (!commonName.endsWith(suffix) || commonName.length() == suffix.length()) {
            throw new GatewayRefusal("the proposal's creator " + commonName + " is not a user of application "
                    + app.appCode() + " (its CN must be name" + suffix + ")");
        }
        String name = commonName.substring(0, commonName.length() - suffix.length());
        GatewayUserView user = directory.user(app.appCode(), name).orElseThrow(() -> new GatewayRefusal(
                "the proposal's creator " + commonName + " is not a registered user of application " + app.appCode()));
        if (!user.userCode().equals(request.userCode())) {
            throw new GatewayRefusal("the proposal's creator " + commonName + " was registered by another participant, not by "
                    + request.userCode());
        }
        if (!user.enrolled() || !Pems.certificate(user.certificatePem()).equals(creator)) {
            throw new GatewayRefusal("the proposal's creator certificate is not the one enrolled for user " + commonName);
        }
        return name;
    }

    private ApplicationFunction allowedFunction(GatewayRequest request, GatewayApplicationView app, String userName,
                                            SignedProposals.Parts parts) {
        String chaincodeFunction = parts.function();
        List<ApplicationFunction> candidates = app.functions().stream()
                .filter(function -> function.chaincodeFunction().equals(chaincodeFunction)).toList();
        if (candidates.isEmpty()) {
            throw denied(request, app, userName, chaincodeFunction, "application " + app.appCode()
                    + " has no function that runs chaincode function " + chaincodeFunction);
        }
        List<String> roles = directory.member(app.appCode(), request.userCode()).map(GatewayMemberView::roles).orElse(List.of());
        Optional<String> firstDenial = Optional.empty();
        for (ApplicationFunction candidate : candidates) {
            Optional<String> denial = Permissions.denial(app, request.userCode(), roles, candidate.name());
            if (denial.isEmpty()) {
                if (candidate.type() == FunctionType.EVENT) {
                    throw new GatewayRefusal("function " + candidate.name() + " of application " + app.appCode()
                            + " is a chaincode event; register for it with /api/fabric/v1/chainCode/event/register");
                }
                return candidate;
            }
            firstDenial = firstDenial.or(() -> denial);
        }
        throw denied(request, app, userName, candidates.get(0).name(), firstDenial.orElseThrow());
    }

    private GatewayRefusal denied(GatewayRequest request, GatewayApplicationView app, String userName, String function,
                                  String why) {
        record(request, app, userName, function, false, "", why);
        return new GatewayRefusal(why);
    }

    /** Audits a call of {@code function} made through a signed proposal (node/trans, prepare, commit). */
    void record(GatewayRequest request, GatewayApplicationView app, String userName, String function, boolean allowed,
                String txId, String outcome) {
        audit.record(new GatewayCallAuditedEvent(app.appCode(), request.userCode(), userName, function, allowed, txId, outcome));
    }
}
