package org.openbsn.gatewayadapter.endpoint;

import java.security.SecureRandom;
import java.util.Base64;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.openbsn.gatewayadapter.api.GatewayAdministration;
import org.openbsn.gatewayadapter.api.GatewayCallAuditedEvent;
import org.openbsn.gatewayadapter.api.RegisterGatewayUserCommand;
import org.openbsn.gatewayadapter.protocol.GatewayEndpoint;
import org.openbsn.gatewayadapter.protocol.GatewayRefusal;
import org.openbsn.gatewayadapter.protocol.GatewayReply;
import org.openbsn.gatewayadapter.protocol.GatewayRequest;
import org.springframework.stereotype.Component;

/**
 * {@code /api/fabric/v1/user/register}: a participant registers a user of the application; an
 * empty secret gets a random one, which the reply carries. In a key-trust application the user's
 * key and certificate are made at once. Every registration, or refusal of one, is audited.
 */
@Component
class RegisterUserEndpoint implements GatewayEndpoint {

    static final String PATH = "/api/fabric/v1/user/register";

    private final SecureRandom random = new SecureRandom();
    private final GatewayAdministration gateway;
    private final AuditTrail audit;

    RegisterUserEndpoint(GatewayAdministration gateway, AuditTrail audit) {
        this.gateway = gateway;
        this.audit = audit;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public GatewayReply handle(GatewayRequest request) {
        String name = request.text("name");
        String secret = request.text("secret").isEmpty() ? randomSecret() : request.text("secret");
        try {
            Refusals.refusingOnRules(() -> gateway.registerUser(
                    new RegisterGatewayUserCommand(request.appCode(), request.userCode(), name, secret)));
        } catch (GatewayRefusal refused) {
            record(request, false, refused.getMessage());
            throw refused;
        }
        record(request, true, "registered user " + name);
        return GatewayReply.success(JsonNodeFactory.instance.objectNode().put("name", name).put("secret", secret),
                name + secret);
    }

    private void record(GatewayRequest request, boolean allowed, String outcome) {
        audit.record(new GatewayCallAuditedEvent(request.appCode(), request.userCode(), request.text("name"), "", allowed,
                "", outcome, PATH));
    }

    private String randomSecret() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
