package org.openbsn.gatewayadapter.events;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.openbsn.gatewayadapter.api.EventSubscriptionType;
import org.openbsn.gatewayadapter.api.GatewayApplicationView;
import org.openbsn.gatewayadapter.protocol.GatewayEndpoint;
import org.openbsn.gatewayadapter.protocol.GatewayRefusal;
import org.openbsn.gatewayadapter.protocol.GatewayReply;
import org.openbsn.gatewayadapter.protocol.GatewayRequest;
import org.springframework.stereotype.Component;

/**
 * {@code /api/fabric/v1/chainCode/event/register}: notifies {@code notifyUrl} of every event of the
 * application's chaincode whose name fully matches {@code eventKey}, a Java regular expression
 * (BSN's examples look like {@code test:\S{32}}; a plain name matches only itself).
 */
@Component
class RegisterEventEndpoint implements GatewayEndpoint {

    static final String PATH = "/api/fabric/v1/chainCode/event/register";
    static final int LONGEST_EVENT_KEY = 256;

    private final Registrations registrations;

    RegisterEventEndpoint(Registrations registrations) {
        this.registrations = registrations;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public GatewayReply handle(GatewayRequest request) {
        GatewayApplicationView app = registrations.application(request);
        String chaincode = request.text("chainCode");
        if (chaincode.isEmpty()) {
            throw new GatewayRefusal("chainCode is missing; application " + app.appCode() + " runs chaincode " + app.chaincode());
        }
        if (!chaincode.equals(app.chaincode())) {
            throw new GatewayRefusal("application " + app.appCode() + " runs chaincode " + app.chaincode() + ", not " + chaincode);
        }
        String eventKey = request.text("eventKey");
        if (eventKey.isEmpty()) {
            throw new GatewayRefusal("eventKey is missing; give the event name, or a regular expression its name must match");
        }
        if (eventKey.length() > LONGEST_EVENT_KEY) {
            throw new GatewayRefusal("eventKey is longer than " + LONGEST_EVENT_KEY + " characters");
        }
        try {
            Pattern.compile(eventKey);
        } catch (PatternSyntaxException invalid) {
            throw new GatewayRefusal("eventKey is not a valid regular expression: " + invalid.getDescription()
                    + " near index " + invalid.getIndex() + " of " + eventKey);
        }
        registrations.eventPermissionDenial(app, request.userCode()).ifPresent(denial -> {
            throw new GatewayRefusal(denial);
        });
        return registrations.register(request, app, EventSubscriptionType.CHAINCODE, chaincode, eventKey);
    }
}
