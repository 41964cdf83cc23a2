package org.openbsn.infra.axon;

import java.time.Duration;
import java.util.Optional;
import java.util.function.ToLongFunction;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a command and waits until a read model reflects it, so a person who saves something
 * sees it on the next screen. Command handlers answer with the aggregate's new version; the
 * projection emits the updated view to subscribers of the query that finds it.
 */
public class ReadYourWrites {

    private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final CommandGateway commands;
    private final QueryGateway queries;

    ReadYourWrites(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /**
     * Sends {@code command}, whose handler returns the aggregate version it reached, then waits
     * for the view answered by {@code query} to reach that version.
     */
    public <V> Optional<V> send(Object command, Object query, Class<V> viewType, ToLongFunction<V> versionOf) {
        try (SubscriptionQueryResult<Optional<V>, V> subscription = queries.subscriptionQuery(
                query, ResponseTypes.optionalInstanceOf(viewType), ResponseTypes.instanceOf(viewType))) {
            // a refused command throws here, before any waiting, and reaches the caller unchanged
            long version = ((Number) commands.sendAndWait(command)).longValue();
            return awaitVersion(subscription, version, versionOf, query);
        }
    }

    private <V> Optional<V> awaitVersion(SubscriptionQueryResult<Optional<V>, V> subscription, long version,
                                         ToLongFunction<V> versionOf, Object query) {
        try {
            Optional<V> current = subscription.initialResult().block(PATIENCE);
            if (current != null && current.isPresent() && versionOf.applyAsLong(current.get()) >= version) {
                return current;
            }
            return Optional.ofNullable(subscription.updates()
                    .filter(view -> versionOf.applyAsLong(view) >= version)
                    .blockFirst(PATIENCE));
        } catch (IllegalStateException timeout) {
            // the command is stored; only the read model is late. Say so in the log, not to the user.
            log.warn("Read model for {} did not reach version {} within {}", query, version, PATIENCE);
            return Optional.empty();
        }
    }
}
