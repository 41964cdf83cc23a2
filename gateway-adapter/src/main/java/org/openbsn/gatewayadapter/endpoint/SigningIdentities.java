package org.openbsn.gatewayadapter.endpoint;

import java.security.PrivateKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.openbsn.gatewayadapter.api.GatewayApplicationView;
import org.openbsn.gatewayadapter.api.GatewayUserView;
import org.openbsn.gatewayadapter.api.ParticipantKeysView;
import org.openbsn.gatewayadapter.keys.HostedKeys;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.gatewayadapter.ledger.LedgerIdentity;
import org.openbsn.gatewayadapter.protocol.GatewayDirectory;
import org.openbsn.gatewayadapter.protocol.GatewayRefusal;
import org.springframework.stereotype.Component;

/** Who a key-trust call is signed as: a registered user (name@appCode), or the participant's default identity. */
@Component
class SigningIdentities {

    private static final int MOST_UNSEALED = 10_000;

    private final GatewayDirectory directory;
    private final HostedKeys keys;
    /**
     * Identities already unsealed from the vault, by key id and certificate: a new certificate for
     * the same key id is a new entry, so a reissued identity is never signed with a stale key.
     */
    private final Map<String, LedgerIdentity> unsealed = new ConcurrentHashMap<>();

    SigningIdentities(GatewayDirectory directory, HostedKeys keys) {
        this.directory = directory;
        this.keys = keys;
    }

    /** The identity for {@code userName} ({@code ""}: the participant's own); a refusal names what is missing. */
    LedgerIdentity of(GatewayApplicationView app, String userCode, String userName) {
        if (userName.isEmpty()) {
            ParticipantKeysView participant = directory.keys(userCode).filter(view -> !view.identityCertificatePem().isEmpty())
                    .orElseThrow(() -> new GatewayRefusal("user " + userCode + " has no transaction identity on this gateway;"
                            + " issue or upload its access key again once a member CA is configured"));
            return identity(participant.identityMspId(), participant.identityCertificatePem(),
                    HostedKeys.identityKeyId(userCode), userCode);
        }
        GatewayUserView user = directory.user(app.appCode(), userName)
                .orElseThrow(() -> new GatewayRefusal("user name " + userName + " is not registered in application "
                        + app.appCode()));
        if (!user.userCode().equals(userCode)) {
            throw new GatewayRefusal("user name " + userName + " of application " + app.appCode()
                    + " was registered by another participant");
        }
        if (!user.enrolled()) {
            throw new GatewayRefusal("user " + userName + "@" + app.appCode() + " has no certificate yet");
        }
        return identity(user.mspId(), user.certificatePem(), HostedKeys.userKeyId(app.appCode(), userName),
                userName + "@" + app.appCode());
    }

    private LedgerIdentity identity(String mspId, String certificatePem, String keyId, String who) {
        String cacheKey = keyId + "\u0000" + mspId + "\u0000" + certificatePem;
        LedgerIdentity known = unsealed.get(cacheKey);
        if (known != null) {
            return known;
        }
        PrivateKey key = keys.privateKey(keyId)
                .orElseThrow(() -> new GatewayRefusal("the gateway holds no transaction key for " + who));
        if (unsealed.size() >= MOST_UNSEALED) {
            unsealed.clear();
        }
        LedgerIdentity identity = new LedgerIdentity(mspId, Pems.certificate(certificatePem), key);
        unsealed.put(cacheKey, identity);
        return identity;
    }
}
