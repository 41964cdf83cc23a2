package org.openbsn.gatewayadapter.query;

import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.openbsn.gatewayadapter.api.ParticipantKeysView;
import org.openbsn.gatewayadapter.keys.BouncyCastleKeys;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.gatewayadapter.protocol.GatewayCallers;
import org.openbsn.gatewayadapter.protocol.GatewayDirectory;
import org.openbsn.gatewayadapter.protocol.GatewayRefusal;
import org.springframework.stereotype.Component;

/**
 * Who may call, as the read models say: a member of a known application with an access key. A
 * refusal names what is missing: the application, the membership, or the key.
 */
@Component
class ProjectedCallers implements GatewayCallers {

    private static final int MOST_KEYS = 20_000;

    private final GatewayDirectory directory;
    /** Parsed access keys by PEM, so that a key's verification table is built once. */
    private final Map<String, PublicKey> parsed = new ConcurrentHashMap<>();

    ProjectedCallers(GatewayDirectory directory) {
        this.directory = directory;
    }

    @Override
    public PublicKey accessKey(String userCode, String appCode) {
        if (directory.application(appCode).isEmpty()) {
            throw new GatewayRefusal("unknown application " + appCode);
        }
        if (directory.member(appCode, userCode).isEmpty()) {
            throw new GatewayRefusal("user " + userCode + " is not a member of application " + appCode);
        }
        String pem = directory.keys(userCode).map(ParticipantKeysView::accessPublicKeyPem).orElse("");
        if (pem.isEmpty()) {
            throw new GatewayRefusal("user " + userCode + " has no access key; issue or upload one in the portal");
        }
        if (parsed.size() >= MOST_KEYS) {
            parsed.clear();
        }
        return parsed.computeIfAbsent(pem, text -> BouncyCastleKeys.publicKey(Pems.p256PublicKey(text)));
    }
}
