package org.openbsn.gatewayadapter.command;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.openbsn.applications.api.ApplicationRole;
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

    PublishedApplications(CommandGateway commands, MemberCertificates members,
                          @Value("${bsn.gateway.node-code:openbsn}") String nodeCode) {
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
        int total = 0;
        boolean ownNodeChosen = false;
        for (NodeResources chosen : command.nodes()) {
            commands.sendAndWait(new SetGatewayQuotaCommand(command.appCode(), chosen.nodeId(), chosen.capacity().tps()));
            total += chosen.capacity().tps();
            ownNodeChosen |= chosen.nodeId().equals(nodeCode);
        }
        if (!ownNodeChosen) {
            commands.sendAndWait(new SetGatewayQuotaCommand(command.appCode(), nodeCode, total));
        }
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
