package org.openbsn.gatewayadapter.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.openbsn.applications.api.ApplicationExpiredEvent;
import org.openbsn.applications.api.ApplicationRenewedEvent;
import org.openbsn.applications.api.ApplicationResumedEvent;
import org.openbsn.applications.api.ApplicationRetiredEvent;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.applications.api.ApplicationSuspendedEvent;
import org.openbsn.applications.api.ApplicationView;
import org.openbsn.applications.api.FindApplicationQuery;
import org.openbsn.applications.api.GrantApplicationAccessCommand;
import org.openbsn.applications.api.NodeResources;
import org.openbsn.applications.api.ParticipantJoinedApplicationEvent;
import org.openbsn.gatewayadapter.api.AdmitParticipantCommand;
import org.openbsn.gatewayadapter.api.DefineGatewayApplicationCommand;
import org.openbsn.gatewayadapter.api.GatewayRules;
import org.openbsn.gatewayadapter.api.SetGatewayQuotaCommand;
import org.openbsn.infra.ledger.MemberCertificates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes published applications callable: writes their functions, roles and bought TPS into the
 * gateway's permission store when publishing asks, and admits each participant who joins.
 */
@Component
@ProcessingGroup("gateway-published-applications")
class PublishedApplications {

    private final CommandGateway commands;
    private final MemberCertificates members;
    private final String nodeCode;
    private final QueryGateway queries;

    PublishedApplications(CommandGateway commands, QueryGateway queries, MemberCertificates members,
                          @Value("${bsn.gateway.node-code:openbsn}") String nodeCode) {
        this.queries = queries;
        this.commands = commands;
        this.members = members;
        this.nodeCode = nodeCode;
    }

    /**
     * Every step is idempotent, so publishing may ask again. The quota of each chosen node is set;
     * when this gateway's own node was not chosen it fronts all of them (the embedded portal), so it
     * admits the application's total.
     */
    @CommandHandler
    void handle(GrantApplicationAccessCommand command) {
        commands.sendAndWait(new DefineGatewayApplicationCommand(command.appCode(), command.name(), command.channelId(),
                members.mspId(), command.chaincodeName(), command.mode(), command.functions(), command.roles()));
        setQuotas(command.appCode(), command.nodes(), true);
        commands.sendAndWait(new AdmitParticipantCommand(command.appCode(),
                GatewayRules.userCodeOfAccount(command.publisherId()), publisherRoles(command.roles())));
    }

    /** A participant admitted by the publisher may call the gateway with the roles given. */
    @EventHandler
    @DisallowReplay
    void on(ParticipantJoinedApplicationEvent event) {
        commands.sendAndWait(new AdmitParticipantCommand(event.appCode(), GatewayRules.userCodeOfAccount(event.accountId()),
                event.roles()));
    }

    /** An expired application has no TPS bought any more: every call is refused until it is renewed. */
    @EventHandler
    @DisallowReplay
    void on(ApplicationExpiredEvent event) {
        find(event.applicationId())
                .ifPresent(application -> setQuotas(event.appCode(), application.design().nodes(), false));
    }

    /** A suspended application is refused like one that bought nothing, until an operator resumes it. */
    @EventHandler
    @DisallowReplay
    void on(ApplicationSuspendedEvent event) {
        setQuotas(event.appCode(), event.nodes(), false);
    }

    @EventHandler
    @DisallowReplay
    void on(ApplicationResumedEvent event) {
        setQuotas(event.appCode(), event.nodes(), true);
    }

    /** A retired application buys nothing any more. */
    @EventHandler
    @DisallowReplay
    void on(ApplicationRetiredEvent event) {
        setQuotas(event.appCode(), event.nodes(), false);
    }

    @EventHandler
    @DisallowReplay
    void on(ApplicationRenewedEvent event) {
        find(event.applicationId())
                .ifPresent(application -> setQuotas(application.appCode(), application.design().nodes(), true));
    }

    private Optional<ApplicationView> find(String applicationId) {
        return queries.query(new FindApplicationQuery(applicationId), ResponseTypes.optionalInstanceOf(ApplicationView.class))
                .join();
    }

    private void setQuotas(String appCode, List<NodeResources> nodes, boolean bought) {
        int total = 0;
        boolean ownNodeChosen = false;
        for (NodeResources chosen : nodes) {
            int tps = bought ? chosen.capacity().tps() : 0;
            commands.sendAndWait(new SetGatewayQuotaCommand(appCode, chosen.nodeId(), tps));
            total += tps;
            ownNodeChosen |= chosen.nodeId().equals(nodeCode);
        }
        if (!ownNodeChosen) {
            commands.sendAndWait(new SetGatewayQuotaCommand(appCode, nodeCode, total));
        }
    }

    /** The publisher holds SysAdmin when the application has it, else every role. */
    private static List<String> publisherRoles(List<ApplicationRole> roles) {
        List<String> names = new ArrayList<>();
        for (ApplicationRole role : roles) {
            if (role.name().equals(ApplicationRole.SYS_ADMIN)) {
                return List.of(ApplicationRole.SYS_ADMIN);
            }
            names.add(role.name());
        }
        return names;
    }
}
