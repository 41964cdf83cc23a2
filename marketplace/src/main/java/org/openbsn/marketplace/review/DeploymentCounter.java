package org.openbsn.marketplace.review;

import java.util.Optional;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.openbsn.marketplace.api.FindPackageVersionByFabricIdQuery;
import org.openbsn.marketplace.api.PackageVersionView;
import org.openbsn.marketplace.api.RecordDeploymentCommand;
import org.openbsn.orderingbridge.api.ChaincodeDeployedEvent;
import org.openbsn.orderingbridge.api.ChaincodeSource;
import org.springframework.stereotype.Component;

/**
 * Counts a package version's deployments: when a channel runs a marketplace package (source kind "package"), the version
 * with that Fabric package id records the channel. Review channels are the marketplace's own and are not counted.
 */
@Component
@ProcessingGroup(DeploymentCounter.NAME)
class DeploymentCounter {

    static final String NAME = "marketplace-deployments";

    private final QueryGateway queries;
    private final CommandGateway commands;

    DeploymentCounter(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(ChaincodeDeployedEvent event) {
        if (!ChaincodeSource.PACKAGE.equals(event.source().kind()) || event.channelId().startsWith("review")) {
            return;
        }
        Optional<PackageVersionView> version = queries.query(new FindPackageVersionByFabricIdQuery(
                event.source().packageId()), ResponseTypes.optionalInstanceOf(PackageVersionView.class)).join();
        version.ifPresent(v -> commands.sendAndWait(new RecordDeploymentCommand(v.packageId(), v.version(),
                event.channelId())));
    }
}
