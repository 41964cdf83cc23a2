package org.openbsn.gatewayadapter.protocol;

import java.util.Optional;

import org.openbsn.gatewayadapter.api.GatewayApplicationView;
import org.openbsn.gatewayadapter.api.GatewayMemberView;
import org.openbsn.gatewayadapter.api.GatewayUserView;
import org.openbsn.gatewayadapter.api.ParticipantKeysView;

/**
 * What serving a call reads, from the gateway's own read models: the application, the caller's
 * membership and keys, a registered user. Answers are as fresh as the read models, which the
 * portal's administration waits for after each change.
 */
public interface GatewayDirectory {

    Optional<GatewayApplicationView> application(String appCode);

    Optional<GatewayMemberView> member(String appCode, String userCode);

    Optional<ParticipantKeysView> keys(String userCode);

    Optional<GatewayUserView> user(String appCode, String name);
}
