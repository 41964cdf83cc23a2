package org.openbsn.gatewayadapter.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.openbsn.infra.axon.ReadYourWrites;
import org.openbsn.infra.error.DomainException;
import org.springframework.stereotype.Component;

/**
 * The gateway's permission store and keys as other modules use them (the publishing saga, the
 * portal, the gateway's own endpoints). Each change returns the view as it is afterwards.
 */
@Component
public class GatewayAdministration {

    private final ReadYourWrites readYourWrites;
    private final QueryGateway queries;

    public GatewayAdministration(ReadYourWrites readYourWrites, QueryGateway queries) {
        this.readYourWrites = readYourWrites;
        this.queries = queries;
    }

    public GatewayApplicationView define(DefineGatewayApplicationCommand command) {
        return change(command, new FindGatewayApplicationQuery(command.appCode()), GatewayApplicationView.class,
                GatewayApplicationView::version, command.appCode());
    }

    public GatewayMemberView admit(AdmitParticipantCommand command) {
        return change(command, new FindGatewayMemberQuery(command.appCode(), command.userCode()), GatewayMemberView.class,
                GatewayMemberView::version, command.appCode());
    }

    /** Sets the TPS the application has bought on a city node (sent again with another figure, it replaces it). */
    public GatewayQuotaView setQuota(SetGatewayQuotaCommand command) {
        return change(command, new FindGatewayQuotaQuery(command.appCode(), command.nodeCode()), GatewayQuotaView.class,
                GatewayQuotaView::version, command.appCode());
    }

    public Optional<GatewayQuotaView> quota(String appCode, String nodeCode) {
        return queries.query(new FindGatewayQuotaQuery(appCode, nodeCode),
                ResponseTypes.optionalInstanceOf(GatewayQuotaView.class)).join();
    }

    /** Makes the participant a new access key and returns its private half, for the business system's configuration. */
    public HostedAccessKey issueAccessKey(String userCode) {
        change(new IssueAccessKeyCommand(userCode), new FindParticipantKeysQuery(userCode), ParticipantKeysView.class,
                ParticipantKeysView::version, null);
        return hostedAccessKey(userCode).orElseThrow(() -> new IllegalStateException(
                "the access key of " + userCode + " was made but is not readable"));
    }

    public ParticipantKeysView uploadAccessKey(String userCode, String publicKeyPem) {
        return change(new UploadAccessKeyCommand(userCode, publicKeyPem), new FindParticipantKeysQuery(userCode),
                ParticipantKeysView.class, ParticipantKeysView::version, null);
    }

    public GatewayUserView registerUser(RegisterGatewayUserCommand command) {
        return change(command, new FindGatewayUserQuery(command.appCode(), command.name()), GatewayUserView.class,
                GatewayUserView::version, command.appCode());
    }

    public GatewayUserView enrollUser(EnrollGatewayUserCommand command) {
        return change(command, new FindGatewayUserQuery(command.appCode(), command.name()), GatewayUserView.class,
                GatewayUserView::version, command.appCode());
    }

    public Optional<GatewayApplicationView> application(String appCode) {
        return queries.query(new FindGatewayApplicationQuery(appCode),
                ResponseTypes.optionalInstanceOf(GatewayApplicationView.class)).join();
    }

    public Optional<GatewayMemberView> member(String appCode, String userCode) {
        return queries.query(new FindGatewayMemberQuery(appCode, userCode),
                ResponseTypes.optionalInstanceOf(GatewayMemberView.class)).join();
    }

    public Optional<ParticipantKeysView> keys(String userCode) {
        return queries.query(new FindParticipantKeysQuery(userCode),
                ResponseTypes.optionalInstanceOf(ParticipantKeysView.class)).join();
    }

    public Optional<GatewayUserView> user(String appCode, String name) {
        return queries.query(new FindGatewayUserQuery(appCode, name),
                ResponseTypes.optionalInstanceOf(GatewayUserView.class)).join();
    }

    public Optional<HostedAccessKey> hostedAccessKey(String userCode) {
        return queries.query(new FindHostedAccessKeyQuery(userCode),
                ResponseTypes.optionalInstanceOf(HostedAccessKey.class)).join();
    }

    /** The applications the participant was admitted to, with its roles in each, by appCode. */
    public List<GatewayMemberView> memberships(String userCode) {
        return queries.query(new FindMembershipsQuery(userCode), ResponseTypes.multipleInstancesOf(GatewayMemberView.class))
                .join();
    }

    /** The participant's audited gateway calls, newest first. */
    public GatewayCallsPage recentCalls(String userCode, int offset, int limit) {
        return queries.query(new FindGatewayCallsQuery(userCode, offset, limit), GatewayCallsPage.class).join();
    }

    /** The PEM certificate the gateway signs its replies with, for business systems' configuration. */
    /** An application's calls per bucket of {@code bucketSeconds}, for the chart of TPS used against TPS bought. */
    public List<CallRate> callRates(String appCode, Instant from, Instant to, int bucketSeconds) {
        return queries.query(new FindCallRatesQuery(appCode, from, to, bucketSeconds),
                ResponseTypes.multipleInstancesOf(CallRate.class)).join();
    }

    public String gatewayCertificatePem() {
        return queries.query(new FindGatewayCertificateQuery(), String.class).join();
    }

    private <V> V change(Object command, Object query, Class<V> view, ToLongFunction<V> version,
                         String appCode) {
        try {
            return readYourWrites.send(command, query, view, version)
                    .orElseThrow(() -> new IllegalStateException(command.getClass().getSimpleName()
                            + " was stored but the gateway's read model has not caught up"));
        } catch (AggregateNotFoundException unknown) {
            throw new DomainException("gateway.unknown-application", "unknown application " + appCode, appCode);
        }
    }
}
