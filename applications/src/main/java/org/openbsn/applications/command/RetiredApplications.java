package org.openbsn.applications.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.openbsn.applications.api.ApplicationRetiredEvent;
import org.openbsn.applications.api.NodeResources;
import org.openbsn.noderegistry.api.ReleaseNodeCapacityCommand;
import org.openbsn.orderingbridge.api.ReleaseOrderingClusterCommand;
import org.springframework.stereotype.Component;

/** Gives back what a retired application held: its capacity and peer on every node, and its load on the ordering cluster. */
@Component
@ProcessingGroup("application-retirements")
class RetiredApplications {

    private final CommandGateway commands;

    RetiredApplications(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(ApplicationRetiredEvent event) {
        for (NodeResources node : event.nodes()) {
            commands.sendAndWait(new ReleaseNodeCapacityCommand(node.nodeId(), event.applicationId()));
        }
        commands.sendAndWait(new ReleaseOrderingClusterCommand(event.applicationId()));
    }
}
