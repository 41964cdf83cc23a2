package org.openbsn.applications.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.junit.jupiter.api.Test;
import org.openbsn.applications.api.*;
import org.openbsn.infra.error.Reason;

/** A publishing left without progress (its in-memory deadline lost in a restart) is failed, so it is released and refunded. */
class StalledPublishingWatchTest {

    private final List<FailPublishingCommand> sent = new ArrayList<>();

    @Test
    void failsOnlyAPublishingWithoutProgressForTwoStepTimeouts() {
        Instant now = Instant.now();
        ApplicationView stalled = deploying("stalled", now.minusSeconds(130), PublishingStep.CHANNEL_CREATED);
        ApplicationView moving = deploying("moving", now.minusSeconds(30), PublishingStep.PEERS_ALLOCATED);

        watch(List.of(stalled, moving)).failStalled();

        assertThat(sent).singleElement().satisfies(command -> {
            assertThat(command.applicationId()).isEqualTo("stalled");
            assertThat(command.failedStep()).isEqualTo(PublishingStep.PEERS_JOINED);
            assertThat(command.reason().key()).isEqualTo("reason.publishing.stalled");
            assertThat(command.reason().arguments()).containsExactly(Reason.verbatim("120"));
        });
    }

    private StalledPublishingWatch watch(List<ApplicationView> deploying) {
        SimpleQueryBus queries = SimpleQueryBus.builder().build();
        queries.subscribe(FindDeployingApplicationsQuery.class.getName(),
                ResponseTypes.multipleInstancesOf(ApplicationView.class).getExpectedResponseType(), query -> deploying);
        SimpleCommandBus commands = SimpleCommandBus.builder().build();
        commands.subscribe(FailPublishingCommand.class.getName(), command -> {
            sent.add((FailPublishingCommand) command.getPayload());
            return null;
        });
        return new StalledPublishingWatch(DefaultQueryGateway.builder().queryBus(queries).build(),
                DefaultCommandGateway.builder().commandBus(commands).build(), new PublishingProperties(Duration.ofSeconds(60)));
    }

    private static ApplicationView deploying(String id, Instant lastStepAt, PublishingStep last) {
        return new ApplicationView(id, "publisher", "app" + id, ApplicationDesign.draft("Stalled app", ""),
                ApplicationStatus.DEPLOYING, null, "order-" + id, "ch" + id, null, List.of(),
                List.of(new PublishingStepView(PublishingStep.PAYMENT_CONFIRMED, lastStepAt.minusSeconds(5)),
                        new PublishingStepView(last, lastStepAt)),
                List.of(), lastStepAt.minusSeconds(60), null, null, 5);
    }
}
