package org.openbsn.gatewayadapter.endpoint;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openbsn.gatewayadapter.api.GatewayApplicationView;
import org.openbsn.gatewayadapter.protocol.GatewayDirectory;
import org.openbsn.gatewayadapter.protocol.GatewayEndpoint;
import org.openbsn.gatewayadapter.protocol.GatewayRefusal;
import org.openbsn.gatewayadapter.protocol.GatewayReply;
import org.openbsn.gatewayadapter.protocol.GatewayRequest;
import org.springframework.stereotype.Component;

/**
 * {@code /api/app/getAppInfo}: what the SDKs configure themselves with (BSN-GATEWAY.md §6). It is
 * not signed, but only a member of the application is answered.
 */
@Component
class AppInfoEndpoint implements GatewayEndpoint {

    static final String PATH = "/api/app/getAppInfo";
    /** secp256r1; SM2 and secp256k1 are not offered. */
    static final int ALGORITHM_SECP256R1 = 2;
    static final String FABRIC_VERSION = "2.5";

    private final GatewayDirectory directory;

    AppInfoEndpoint(GatewayDirectory directory) {
        this.directory = directory;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public boolean signed() {
        return false;
    }

    @Override
    public GatewayReply handle(GatewayRequest request) {
        if (request.appCode().isEmpty()) {
            throw new GatewayRefusal("header.appCode is missing");
        }
        if (request.userCode().isEmpty()) {
            throw new GatewayRefusal("header.userCode is missing");
        }
        GatewayApplicationView app = directory.application(request.appCode())
                .orElseThrow(() -> new GatewayRefusal("unknown application " + request.appCode()));
        if (directory.member(app.appCode(), request.userCode()).isEmpty()) {
            throw new GatewayRefusal("user " + request.userCode() + " is not a member of application " + app.appCode());
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put("appName", app.name())
                .put("appType", "fabric")
                .put("caType", app.mode().caType())
                .put("algorithmType", ALGORITHM_SECP256R1)
                .put("mspId", app.mspId())
                .put("channelId", app.channelId())
                .put("fabricVersion", FABRIC_VERSION);
        return GatewayReply.success(body, app.name() + "fabric" + app.mode().caType() + ALGORITHM_SECP256R1
                + app.mspId() + app.channelId());
    }
}
