package org.openbsn.gatewayadapter.events;

import org.openbsn.gatewayadapter.api.EventSubscriptionType;
import org.openbsn.gatewayadapter.api.GatewayApplicationView;
import org.openbsn.gatewayadapter.protocol.GatewayEndpoint;
import org.openbsn.gatewayadapter.protocol.GatewayRefusal;
import org.openbsn.gatewayadapter.protocol.GatewayReply;
import org.openbsn.gatewayadapter.protocol.GatewayRequest;
import org.springframework.stereotype.Component;

/**
 * {@code /api/fabric/v1/chainCode/event/blockRegister}: notifies {@code notifyUrl} of every block of
 * the application's channel. Any member may subscribe, as any member may read the channel's blocks.
 */
@Component
class BlockRegisterEventEndpoint implements GatewayEndpoint {

    static final String PATH = "/api/fabric/v1/chainCode/event/blockRegister";

    private final Registrations registrations;

    BlockRegisterEventEndpoint(Registrations registrations) {
        this.registrations = registrations;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public GatewayReply handle(GatewayRequest request) {
        GatewayApplicationView app = registrations.application(request);
        if (!request.text("chainCode").isEmpty()) {
            throw new GatewayRefusal("blockRegister follows the whole channel; leave chainCode empty");
        }
        if (!request.text("eventKey").isEmpty()) {
            throw new GatewayRefusal("blockRegister follows every block; leave eventKey empty");
        }
        return registrations.register(request, app, EventSubscriptionType.BLOCK, "", "");
    }
}
