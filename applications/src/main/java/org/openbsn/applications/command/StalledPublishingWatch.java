package org.openbsn.applications.command;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.openbsn.applications.api.ApplicationView;
import org.openbsn.applications.api.FailPublishingCommand;
import org.openbsn.applications.api.FindDeployingApplicationsQuery;
import org.openbsn.applications.api.PublishingStep;
import org.openbsn.applications.api.PublishingStepView;
import org.openbsn.infra.error.Reason;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Step deadlines live in memory, so a publishing interrupted by a restart would wait for ever. This
 * watch fails any publishing whose last step finished more than two step timeouts ago; the saga
 * then releases what was reserved and refunds, and the publisher can publish again.
 */
@Component
class StalledPublishingWatch {

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final PublishingProperties properties;

    StalledPublishingWatch(QueryGateway queries, CommandGateway commands, PublishingProperties properties) {
        this.queries = queries;
        this.commands = commands;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${bsn.publishing.stall-check:30s}")
    void failStalled() {
        Instant now = Instant.now();
        Duration patience = properties.stepTimeout().multipliedBy(2);
        List<ApplicationView> deploying = queries.query(new FindDeployingApplicationsQuery(),
                ResponseTypes.multipleInstancesOf(ApplicationView.class)).join();
        for (ApplicationView application : deploying) {
            List<PublishingStepView> done = application.progress();
            Instant last = done.isEmpty() ? application.createdAt() : done.get(done.size() - 1).at();
            if (last.plus(patience).isBefore(now)) {
                PublishingStep stalled = next(done);
                commands.send(new FailPublishingCommand(application.applicationId(), stalled,
                        Reason.of("reason.publishing.stalled", "publishing stopped (the portal was restarted) and nothing "
                                + "happened for " + patience.toSeconds() + " s", patience.toSeconds())));
            }
        }
    }

    private static PublishingStep next(List<PublishingStepView> done) {
        if (done.isEmpty()) {
            return PublishingStep.PAYMENT_CONFIRMED;
        }
        PublishingStep last = done.get(done.size() - 1).step();
        PublishingStep[] steps = PublishingStep.values();
        return steps[Math.min(last.ordinal() + 1, steps.length - 1)];
    }
}
