package org.openbsn.gatewayadapter.query;

import java.util.Optional;

import org.openbsn.gatewayadapter.api.FindGatewayApplicationQuery;
import org.openbsn.gatewayadapter.api.FindGatewayMemberQuery;
import org.openbsn.gatewayadapter.api.FindGatewayUserQuery;
import org.openbsn.gatewayadapter.api.FindParticipantKeysQuery;
import org.openbsn.gatewayadapter.api.GatewayApplicationView;
import org.openbsn.gatewayadapter.api.GatewayMemberView;
import org.openbsn.gatewayadapter.api.GatewayUserView;
import org.openbsn.gatewayadapter.api.ParticipantKeysView;
import org.openbsn.gatewayadapter.protocol.GatewayDirectory;
import org.springframework.stereotype.Component;

/** The read models' answers to calls, straight from the projections (no query bus) and kept in the {@link ServingCache}. */
@Component
class CachedDirectory implements GatewayDirectory {

    private final ServingCache cache;
    private final GatewayApplicationProjection applications;
    private final GatewayParticipantProjection participants;
    private final GatewayUserProjection users;

    CachedDirectory(ServingCache cache, GatewayApplicationProjection applications, GatewayParticipantProjection participants,
                    GatewayUserProjection users) {
        this.cache = cache;
        this.applications = applications;
        this.participants = participants;
        this.users = users;
    }

    @Override
    public Optional<GatewayApplicationView> application(String appCode) {
        FindGatewayApplicationQuery query = new FindGatewayApplicationQuery(appCode);
        return cache.get(query, () -> applications.handle(query));
    }

    @Override
    public Optional<GatewayMemberView> member(String appCode, String userCode) {
        FindGatewayMemberQuery query = new FindGatewayMemberQuery(appCode, userCode);
        return cache.get(query, () -> applications.handle(query));
    }

    @Override
    public Optional<ParticipantKeysView> keys(String userCode) {
        FindParticipantKeysQuery query = new FindParticipantKeysQuery(userCode);
        return cache.get(query, () -> participants.handle(query));
    }

    @Override
    public Optional<GatewayUserView> user(String appCode, String name) {
        FindGatewayUserQuery query = new FindGatewayUserQuery(appCode, name);
        return cache.get(query, () -> users.handle(query));
    }
}
