package org.openbsn.orderingbridge.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.openbsn.orderingbridge.OrderingProperties;
import org.openbsn.orderingbridge.api.AssignOrderingClusterCommand;
import org.openbsn.orderingbridge.api.ReleaseOrderingClusterCommand;
import org.springframework.stereotype.Component;

/** Routes cluster assignments, which name no aggregate, to the one ordering service with the configured clusters. */
@Component
class OrderingClusterCommandHandler {

    private final Repository<OrderingService> services;
    private final OrderingProperties ordering;

    OrderingClusterCommandHandler(Repository<OrderingService> services, OrderingProperties ordering) {
        this.services = services;
        this.ordering = ordering;
    }

    @CommandHandler
    String handle(AssignOrderingClusterCommand command) throws Exception {
        return services.loadOrCreate(OrderingService.ID, OrderingService::new)
                .invoke(service -> service.assign(command, ordering.clusterIds()));
    }

    @CommandHandler
    void handle(ReleaseOrderingClusterCommand command) throws Exception {
        services.loadOrCreate(OrderingService.ID, OrderingService::new).execute(service -> service.release(command));
    }
}
