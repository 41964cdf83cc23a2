package org.openbsn.orderingbridge.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.orderingbridge.api.*;

/** The shared ordering service: which cluster orders each application's channel, and so how loaded each cluster is. */
@Aggregate
class OrderingService {

    /** The one ordering service; the prefix keeps it apart from every other aggregate id. */
    static final String ID = "ordering-service";

    private record Assignment(String clusterId, int tps) {
    }

    @AggregateIdentifier
    private String serviceId;
    private final Map<String, Assignment> assignments = new HashMap<>();

    OrderingService() {
    }

    /** The least loaded of {@code clusterIds} by TPS (the lowest id among equals), or the cluster it already has. */
    String assign(AssignOrderingClusterCommand command, List<String> clusterIds) {
        Assignment held = assignments.get(command.applicationId());
        if (held != null) {
            return held.clusterId(); // a re-delivered request: assigned already, never twice
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (command.applicationId() == null || command.applicationId().isBlank()) {
            violations.add(FieldViolation.of("applicationId", "rule.required", "is required"));
        }
        if (command.tps() < 0) {
            violations.add(FieldViolation.of("tps", "rule.not-negative", "must not be negative"));
        }
        InvalidInputException.throwIfAny(violations);
        Map<String, Integer> load = new HashMap<>();
        assignments.values().forEach(a -> load.merge(a.clusterId(), a.tps(), Integer::sum));
        String cluster = clusterIds.stream()
                .min(Comparator.comparingInt((String id) -> load.getOrDefault(id, 0)).thenComparing(Comparator.naturalOrder()))
                .orElseThrow(() -> new IllegalStateException("No ordering cluster is configured"));
        apply(new ApplicationAssignedToClusterEvent(cluster, command.applicationId(), command.tps()));
        return cluster;
    }

    void release(ReleaseOrderingClusterCommand command) {
        Assignment held = assignments.get(command.applicationId());
        if (held != null) {
            apply(new ApplicationReleasedFromClusterEvent(held.clusterId(), command.applicationId(), held.tps()));
        }
    }

    @EventSourcingHandler
    void on(ApplicationAssignedToClusterEvent event) {
        serviceId = ID;
        assignments.put(event.applicationId(), new Assignment(event.clusterId(), event.tps()));
    }

    @EventSourcingHandler
    void on(ApplicationReleasedFromClusterEvent event) {
        assignments.remove(event.applicationId());
    }
}
