package org.openbsn.noderegistry.command;

import java.time.Instant;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.openbsn.noderegistry.api.CapacityHold;
import org.openbsn.noderegistry.api.FindExpiredCapacityHoldsQuery;
import org.openbsn.noderegistry.api.ReleaseNodeCapacityHoldCommand;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hold deadlines live in memory, so a hold whose checkout was abandoned before a restart would stay in the read
 * models (the node itself already ignores it). This watch releases every hold past its end.
 */
@Component
class ExpiredHoldsWatch {

    private final QueryGateway queries;
    private final CommandGateway commands;

    ExpiredHoldsWatch(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @Scheduled(fixedDelayString = "${bsn.node-registry.hold-check:60s}")
    void releaseExpired() {
        List<CapacityHold> expired = queries.query(new FindExpiredCapacityHoldsQuery(Instant.now()),
                ResponseTypes.multipleInstancesOf(CapacityHold.class)).join();
        for (CapacityHold hold : expired) {
            commands.send(new ReleaseNodeCapacityHoldCommand(hold.nodeId(), hold.orderId()));
        }
    }
}
