package org.openbsn.gatewayadapter.endpoint;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.openbsn.applications.api.CertificateMode;
import org.openbsn.gatewayadapter.api.EnrollGatewayUserCommand;
import org.openbsn.gatewayadapter.api.GatewayAdministration;
import org.openbsn.gatewayadapter.api.GatewayApplicationView;
import org.openbsn.gatewayadapter.api.GatewayCallAuditedEvent;
import org.openbsn.gatewayadapter.api.GatewayUserView;
import org.openbsn.gatewayadapter.keys.CertificateRequests;
import org.openbsn.gatewayadapter.keys.HostedKeys;
import org.openbsn.gatewayadapter.keys.UserSecrets;
import org.openbsn.gatewayadapter.protocol.GatewayDirectory;
import org.openbsn.gatewayadapter.protocol.GatewayEndpoint;
import org.openbsn.gatewayadapter.protocol.GatewayRefusal;
import org.openbsn.gatewayadapter.protocol.GatewayReply;
import org.openbsn.gatewayadapter.protocol.GatewayRequest;
import org.springframework.stereotype.Component;

/**
 * {@code /api/fabric/v1/user/enroll}, for public-key-upload applications: a registered user with
 * the right secret sends a certificate request for CN name@appCode, signed with its own key, and
 * gets a client certificate of the application's MSP. The private key never reaches the gateway.
 * Every enrolment, or refusal of one, is audited.
 */
@Component
class EnrollUserEndpoint implements GatewayEndpoint {

    static final String PATH = "/api/fabric/v1/user/enroll";

    private final GatewayAdministration gateway;
    private final GatewayDirectory directory;
    private final UserSecrets secrets;
    private final HostedKeys keys;
    private final AuditTrail audit;

    EnrollUserEndpoint(GatewayAdministration gateway, GatewayDirectory directory, UserSecrets secrets, HostedKeys keys, AuditTrail audit) {
        this.gateway = gateway;
        this.directory = directory;
        this.secrets = secrets;
        this.keys = keys;
        this.audit = audit;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public GatewayReply handle(GatewayRequest request) {
        GatewayReply reply;
        try {
            reply = enroll(request);
        } catch (GatewayRefusal refused) {
            record(request, false, refused.getMessage());
            throw refused;
        }
        record(request, true, "enrolled user " + request.text("name"));
        return reply;
    }

    private void record(GatewayRequest request, boolean allowed, String outcome) {
        audit.record(new GatewayCallAuditedEvent(request.appCode(), request.userCode(), request.text("name"), "", allowed,
                "", outcome, PATH));
    }

    private GatewayReply enroll(GatewayRequest request) {
        GatewayApplicationView app = directory.application(request.appCode())
                .orElseThrow(() -> new GatewayRefusal("unknown application " + request.appCode()));
        if (app.mode() != CertificateMode.PUBLIC_KEY_UPLOAD) {
            throw new GatewayRefusal("user/enroll is for public-key-upload applications; application " + app.appCode()
                    + " uses key trust, where users get their certificates when they are registered");
        }
        String name = request.text("name");
        GatewayUserView user = directory.user(app.appCode(), name)
                .orElseThrow(() -> new GatewayRefusal("user name " + name + " is not registered in application " + app.appCode()));
        if (!user.userCode().equals(request.userCode())) {
            throw new GatewayRefusal("user name " + name + " of application " + app.appCode()
                    + " was registered by another participant");
        }
        if (!secrets.matches(app.appCode(), name, request.text("secret"))) {
            throw new GatewayRefusal("the secret of user name " + name + " is wrong");
        }
        CertificateRequests.Verified csr;
        try {
            csr = CertificateRequests.verify(request.text("csrPem"));
        } catch (IllegalArgumentException invalid) {
            throw new GatewayRefusal(invalid.getMessage());
        }
        String expected = name + "@" + app.appCode();
        if (!csr.commonName().equals(expected)) {
            throw new GatewayRefusal("csrPem: the request's CN is " + csr.commonName() + ", but it must be " + expected);
        }
        String certificate = Refusals.refusingOnRules(() -> {
            HostedKeys.Certified certified = keys.certify(expected, csr.publicKey(), app.mspId());
            return gateway.enrollUser(new EnrollGatewayUserCommand(app.appCode(), name, certified.certificatePem()))
                    .certificatePem();
        });
        return GatewayReply.success(JsonNodeFactory.instance.objectNode().put("cert", certificate), certificate);
    }
}
