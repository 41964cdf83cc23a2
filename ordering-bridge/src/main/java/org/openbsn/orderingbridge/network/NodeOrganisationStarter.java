package org.openbsn.orderingbridge.network;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.openbsn.noderegistry.api.CityNodeApprovedEvent;
import org.openbsn.orderingbridge.api.CreateNodeOrganisationCommand;
import org.springframework.stereotype.Component;

/**
 * Every approved city node becomes a Fabric organisation. Nodes approved before organisations existed get theirs
 * when this processor first runs, since it starts at the beginning of the event store.
 */
@Component
@ProcessingGroup("node-organisations")
class NodeOrganisationStarter {

    private final CommandGateway commands;

    NodeOrganisationStarter(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(CityNodeApprovedEvent event) {
        commands.sendAndWait(new CreateNodeOrganisationCommand(event.nodeId()));
    }
}
