package org.openbsn.noderegistry.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.noderegistry.PeerSettings;
import org.openbsn.noderegistry.api.*;

/** A city node: its life cycle, what it sells, at what price, what applications hold on it and on which peers they run. */
@Aggregate
class CityNode {

    static final String HOLD_DEADLINE = "capacity-hold";

    @AggregateIdentifier
    private String nodeId;
    private String ownerId;
    private String name;
    private NodeStatus status;
    private Capacity capacity;
    private UnitPrices prices;
    private final Map<String, Capacity> reservations = new HashMap<>();
    private final PeerPool peers = new PeerPool();
    private final CapacityHolds holds = new CapacityHolds();

    CityNode() {
    }

    CityNode(RegisterCityNodeCommand command) {
        List<FieldViolation> violations = new ArrayList<>(NodeRules.checkDetails(command.details()));
        violations.addAll(NodeRules.checkCapacity(command.capacity()));
        violations.addAll(NodeRules.checkPrices(command.prices()));
        InvalidInputException.throwIfAny(violations);
        apply(new CityNodeRegisteredEvent(command.nodeId(), command.ownerId(), command.details().trimmed(),
                command.capacity(), command.prices()));
    }

    @CommandHandler
    long handle(ApproveCityNodeCommand command) {
        requireStatus(NodeStatus.PENDING_APPROVAL, "approve");
        apply(new CityNodeApprovedEvent(nodeId, command.operatorId()));
        return AggregateLifecycle.getVersion();
    }

    void reject(RejectCityNodeCommand command) {
        requireReason(command.reason());
        requireStatus(NodeStatus.PENDING_APPROVAL, "reject");
        apply(new CityNodeRejectedEvent(nodeId, command.operatorId(), command.reason().strip()));
    }

    @CommandHandler
    long handle(SuspendCityNodeCommand command) {
        requireReason(command.reason());
        requireStatus(NodeStatus.ACTIVE, "suspend");
        apply(new CityNodeSuspendedEvent(nodeId, command.operatorId(), command.reason().strip()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ResumeCityNodeCommand command) {
        requireStatus(NodeStatus.SUSPENDED, "resume");
        apply(new CityNodeResumedEvent(nodeId, command.operatorId()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ChangeCityNodeCapacityCommand command) {
        requireOwner(command.ownerId());
        requireChangeable();
        InvalidInputException.throwIfAny(NodeRules.checkCapacity(command.capacity()));
        Capacity reserved = reserved().plus(holds.held(now()));
        List<FieldViolation> belowReserved = new ArrayList<>();
        if (command.capacity().tps() < reserved.tps()) {
            belowReserved.add(belowReserved("tps", reserved.tps()));
        }
        if (command.capacity().storageGb() < reserved.storageGb()) {
            belowReserved.add(belowReserved("storageGb", reserved.storageGb()));
        }
        if (command.capacity().bandwidthMbps() < reserved.bandwidthMbps()) {
            belowReserved.add(belowReserved("bandwidthMbps", reserved.bandwidthMbps()));
        }
        InvalidInputException.throwIfAny(belowReserved);
        if (!command.capacity().equals(capacity)) {
            apply(new CityNodeCapacityChangedEvent(nodeId, command.ownerId(), command.capacity()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ChangeCityNodePricesCommand command) {
        requireOwner(command.ownerId());
        requireChangeable();
        InvalidInputException.throwIfAny(NodeRules.checkPrices(command.prices()));
        if (!command.prices().equals(prices)) {
            apply(new CityNodePricesChangedEvent(nodeId, command.ownerId(), command.prices()));
        }
        return AggregateLifecycle.getVersion();
    }

    void retire(RetireCityNodeCommand command) {
        requireOwner(command.ownerId());
        if (status == NodeStatus.RETIRED) {
            throw new DomainException("node.already-retired", "The node is already retired");
        }
        if (!reservations.isEmpty() || !holds.held(now()).equals(Capacity.NONE)) {
            throw new DomainException("node.retire-with-reservations",
                    "The node cannot be retired while " + reservations.size() + " application(s) hold capacity on it",
                    reservations.size());
        }
        apply(new CityNodeRetiredEvent(nodeId, command.ownerId()));
    }

    @CommandHandler
    long handle(ReserveNodeCapacityCommand command) {
        Capacity held = reservations.get(command.applicationId());
        if (command.capacity().equals(held)) {
            return AggregateLifecycle.getVersion(); // a re-delivered request: reserved already, never twice
        }
        if (held != null) {
            throw new DomainException("node.already-reserved",
                    "Application " + command.applicationId() + " already holds a different reservation on this node",
                    command.applicationId());
        }
        Capacity requested = command.capacity();
        requireReservable(requested);
        Capacity free = freeFor(command.applicationId()); // its own hold: the reservation takes it over
        if (!requested.fitsWithin(free)) {
            throw new DomainException("node.reservation-does-not-fit",
                    "The reservation does not fit: free are " + free.tps() + " TPS, " + free.storageGb() + " GB, "
                            + free.bandwidthMbps() + " Mbps",
                    free.tps(), free.storageGb(), free.bandwidthMbps());
        }
        for (NodeCapacityHeldEvent hold : holds.ofApplication(command.applicationId())) {
            apply(new NodeCapacityHoldReleasedEvent(nodeId, hold.orderId(), hold.applicationId(), hold.capacity(), true));
        }
        apply(new NodeCapacityReservedEvent(nodeId, command.applicationId(), requested));
        return AggregateLifecycle.getVersion();
    }

    /** A re-delivered hold changes nothing; a hold that does not fit is refused naming the node and what is free. */
    @CommandHandler
    long handle(HoldNodeCapacityCommand command, DeadlineManager deadlines) {
        Optional<NodeCapacityHeldEvent> same = holds.of(command.orderId());
        if (same.isPresent() && same.get().capacity().equals(command.capacity())
                && !same.get().until().isBefore(command.until())) {
            return AggregateLifecycle.getVersion();
        }
        Capacity requested = command.capacity();
        requireReservable(requested);
        if (reservations.containsKey(command.applicationId())) {
            throw new DomainException("node.already-reserved",
                    "Application " + command.applicationId() + " already holds a different reservation on this node",
                    command.applicationId());
        }
        Capacity free = freeFor(command.applicationId());
        if (!requested.fitsWithin(free)) {
            throw CapacityRules.refusal(name, free);
        }
        for (NodeCapacityHeldEvent older : holds.ofApplication(command.applicationId())) {
            apply(new NodeCapacityHoldReleasedEvent(nodeId, older.orderId(), older.applicationId(), older.capacity(), false));
        }
        apply(new NodeCapacityHeldEvent(nodeId, command.orderId(), command.applicationId(), requested, command.until()));
        deadlines.schedule(command.until(), HOLD_DEADLINE, new HoldDeadline(command.orderId(), command.until()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ReleaseNodeCapacityHoldCommand command) {
        holds.of(command.orderId()).ifPresent(hold -> apply(new NodeCapacityHoldReleasedEvent(nodeId, hold.orderId(),
                hold.applicationId(), hold.capacity(), false)));
        return AggregateLifecycle.getVersion();
    }

    /** An abandoned checkout: the hold ends at its deadline (unless a later checkout of the order extended it). */
    @DeadlineHandler(deadlineName = HOLD_DEADLINE)
    void onHoldDeadline(HoldDeadline deadline) {
        holds.of(deadline.orderId()).filter(hold -> hold.until().equals(deadline.until())).ifPresent(hold -> apply(
                new NodeCapacityHoldReleasedEvent(nodeId, hold.orderId(), hold.applicationId(), hold.capacity(), false)));
    }

    /** Settings come from the Spring bean (Axon resolves extra handler parameters as beans). */
    @CommandHandler
    String handle(AllocatePeerCommand command, PeerSettings settings) {
        Optional<String> allocated = peers.peerOf(command.applicationId());
        if (allocated.isPresent()) {
            return allocated.get(); // a re-delivered request: allocated already, never twice
        }
        Capacity held = reservations.get(command.applicationId());
        if (held == null) {
            throw new DomainException("node.peer-without-reservation",
                    "Application " + command.applicationId() + " holds no reservation on this node, so no peer can be "
                            + "allocated to it", command.applicationId());
        }
        if (status != NodeStatus.ACTIVE) {
            throw new DomainException("node.peer-not-active", "The node is not active, so no peer can be allocated on it");
        }
        PeerPool.Placement placement = peers.place(held.tps(), settings);
        apply(new PeerAllocatedEvent(nodeId, command.applicationId(), placement.peerId(), placement.dedicated(), held.tps()));
        return placement.peerId();
    }

    @CommandHandler
    long handle(ReleaseNodeCapacityCommand command) {
        Capacity held = reservations.get(command.applicationId());
        if (held != null) {
            peers.peerOf(command.applicationId()).ifPresent(peerId -> apply(new PeerReleasedEvent(nodeId,
                    command.applicationId(), peerId, peers.tpsOf(command.applicationId()))));
            apply(new NodeCapacityReleasedEvent(nodeId, command.applicationId(), held));
        }
        return AggregateLifecycle.getVersion();
    }

    private void requireReservable(Capacity requested) {
        if (status != NodeStatus.ACTIVE) {
            throw new DomainException("node.not-active", "The node is not active, so nothing can be reserved on it");
        }
        if (requested.tps() < 0 || requested.storageGb() < 0 || requested.bandwidthMbps() < 0
                || requested.equals(Capacity.NONE)) {
            throw new DomainException("node.reservation-empty", "A reservation must ask for some capacity and none below zero");
        }
    }

    /** What this application may take: neither reserved nor held by another application's checkout. */
    private Capacity freeFor(String applicationId) {
        return capacity.minus(reserved()).minus(holds.heldByOthers(applicationId, now()));
    }

    /** Axon's clock, which the aggregate test fixture sets. */
    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    private Capacity reserved() {
        return reservations.values().stream().reduce(Capacity.NONE, Capacity::plus);
    }

    private void requireOwner(String actorId) {
        if (!ownerId.equals(actorId)) {
            throw new DomainException("node.not-owner", "Only the node's owner can do this");
        }
    }

    private void requireChangeable() {
        if (status == NodeStatus.RETIRED || status == NodeStatus.REJECTED) {
            throw new DomainException("node.not-changeable", "A " + status + " node cannot be changed", status);
        }
    }

    private void requireStatus(NodeStatus required, String action) {
        if (status != required) {
            throw new DomainException("node.wrong-status",
                    "Cannot " + action + " a node that is " + status + "; it must be " + required, status, required);
        }
    }

    private static void requireReason(String reason) {
        NodeRules.reason(reason).ifPresent(violation -> {
            throw new InvalidInputException(List.of(violation));
        });
    }

    private static FieldViolation belowReserved(String field, int reserved) {
        return FieldViolation.of(field, "rule.below-reserved",
                "cannot be lower than the " + reserved + " already reserved by applications", reserved);
    }

    @EventSourcingHandler
    void on(CityNodeRegisteredEvent event) {
        nodeId = event.nodeId();
        ownerId = event.ownerId();
        name = event.details().name();
        capacity = event.capacity();
        prices = event.prices();
        status = NodeStatus.PENDING_APPROVAL;
    }

    @EventSourcingHandler
    void on(CityNodeApprovedEvent event) {
        status = NodeStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(CityNodeRejectedEvent event) {
        status = NodeStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(CityNodeSuspendedEvent event) {
        status = NodeStatus.SUSPENDED;
    }

    @EventSourcingHandler
    void on(CityNodeResumedEvent event) {
        status = NodeStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(CityNodeCapacityChangedEvent event) {
        capacity = event.capacity();
    }

    @EventSourcingHandler
    void on(CityNodePricesChangedEvent event) {
        prices = event.prices();
    }

    @EventSourcingHandler
    void on(CityNodeRetiredEvent event) {
        status = NodeStatus.RETIRED;
    }

    @EventSourcingHandler
    void on(NodeCapacityReservedEvent event) {
        reservations.put(event.applicationId(), event.capacity());
    }

    @EventSourcingHandler
    void on(NodeCapacityReleasedEvent event) {
        reservations.remove(event.applicationId());
    }

    @EventSourcingHandler
    void on(NodeCapacityHeldEvent event) {
        holds.held(event);
    }

    @EventSourcingHandler
    void on(NodeCapacityHoldReleasedEvent event) {
        holds.released(event);
    }

    @EventSourcingHandler
    void on(PeerAllocatedEvent event) {
        peers.allocated(event);
    }

    @EventSourcingHandler
    void on(PeerReleasedEvent event) {
        peers.released(event);
    }

    /** The end of one hold of an order; a later checkout of the same order schedules its own. */
    record HoldDeadline(String orderId, Instant until) {
    }
}
