package org.openbsn.applications.command;

import java.time.Instant;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.openbsn.applications.api.ExpireApplicationCommand;
import org.openbsn.applications.api.FindApplicationsExpiringBeforeQuery;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Once a minute, live applications whose paid period has ended are expired (the aggregate checks the date again). */
@Component
class ExpiryWatch {

    private final QueryGateway queries;
    private final CommandGateway commands;

    ExpiryWatch(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @Scheduled(fixedDelayString = "${bsn.publishing.expiry-check:60s}")
    void expireEnded() {
        List<String> ended = queries.query(new FindApplicationsExpiringBeforeQuery(Instant.now()),
                ResponseTypes.multipleInstancesOf(String.class)).join();
        ended.forEach(applicationId -> commands.send(new ExpireApplicationCommand(applicationId)));
    }
}
