package org.openbsn.noderegistry.query;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.openbsn.noderegistry.api.*;
import org.springframework.stereotype.Component;

/**
 * Keeps the node search index in step with the events. The documents a batch of events touches
 * are collected and written in one bulk request when the batch commits.
 */
@Component
@ProcessingGroup(CityNodeSearchProjection.NAME)
class CityNodeSearchProjection {

    static final String NAME = "city-node-search";
    private static final String BATCH = CityNodeSearchProjection.class.getName() + ".batch";

    private final NodeSearchIndex index;

    CityNodeSearchProjection(NodeSearchIndex index) {
        this.index = index;
    }

    @EventHandler
    void on(CityNodeRegisteredEvent e, @SequenceNumber long seq, @Timestamp Instant at) {
        batch().put(NodeDocument.registered(e.nodeId(), e.ownerId(), e.details(), e.capacity(), e.prices(), at, seq));
    }

    @EventHandler
    void on(CityNodeApprovedEvent e, @SequenceNumber long seq) {
        change(e.nodeId(), d -> d.withStatus(NodeStatus.ACTIVE, seq));
    }

    @EventHandler
    void on(CityNodeRejectedEvent e, @SequenceNumber long seq) {
        change(e.nodeId(), d -> d.withStatus(NodeStatus.REJECTED, seq));
    }

    @EventHandler
    void on(CityNodeSuspendedEvent e, @SequenceNumber long seq) {
        change(e.nodeId(), d -> d.withStatus(NodeStatus.SUSPENDED, seq));
    }

    @EventHandler
    void on(CityNodeResumedEvent e, @SequenceNumber long seq) {
        change(e.nodeId(), d -> d.withStatus(NodeStatus.ACTIVE, seq));
    }

    @EventHandler
    void on(CityNodeRetiredEvent e, @SequenceNumber long seq) {
        change(e.nodeId(), d -> d.withStatus(NodeStatus.RETIRED, seq));
    }

    @EventHandler
    void on(CityNodeCapacityChangedEvent e, @SequenceNumber long seq) {
        change(e.nodeId(), d -> d.withCapacity(e.capacity(), seq));
    }

    @EventHandler
    void on(CityNodePricesChangedEvent e, @SequenceNumber long seq) {
        change(e.nodeId(), d -> d.withPrices(e.prices(), seq));
    }

    @EventHandler
    void on(NodeCapacityReservedEvent e, @SequenceNumber long seq) {
        change(e.nodeId(), d -> d.withFreeReducedBy(e.capacity(), seq));
    }

    @EventHandler
    void on(NodeCapacityReleasedEvent e, @SequenceNumber long seq) {
        change(e.nodeId(), d -> d.withFreeReducedBy(Capacity.NONE.minus(e.capacity()), seq));
    }

    @EventHandler
    void on(NodeCapacityHeldEvent e, @SequenceNumber long seq) {
        change(e.nodeId(), d -> d.withFreeReducedBy(e.capacity(), seq));
    }

    @EventHandler
    void on(NodeCapacityHoldReleasedEvent e, @SequenceNumber long seq) {
        change(e.nodeId(), d -> d.withFreeReducedBy(Capacity.NONE.minus(e.capacity()), seq));
    }

    @ResetHandler
    void reset() {
        index.beginRebuild();
    }

    private void change(String nodeId, UnaryOperator<NodeDocument> change) {
        Batch batch = batch();
        batch.find(nodeId).ifPresent(document -> {
            NodeDocument changed = change.apply(document);
            if (changed.version() > document.version()) { // an event already reflected changes nothing
                batch.put(changed);
            }
        });
    }

    private Batch batch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new Batch(index, true); // outside a unit of work (tests calling handlers): write at once
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(BATCH, key -> {
            Batch batch = new Batch(index, false);
            root.onPrepareCommit(unit -> batch.flush());
            return batch;
        });
    }

    /** The documents one batch of events changed, latest first-hand; written together on commit. */
    static final class Batch {
        private final NodeSearchIndex index;
        private final boolean immediate;
        private final Map<String, NodeDocument> documents = new LinkedHashMap<>();

        Batch(NodeSearchIndex index, boolean immediate) {
            this.index = index;
            this.immediate = immediate;
        }

        java.util.Optional<NodeDocument> find(String nodeId) {
            NodeDocument pending = documents.get(nodeId);
            return pending != null ? java.util.Optional.of(pending) : index.load(nodeId);
        }

        void put(NodeDocument document) {
            documents.put(document.nodeId(), document);
            if (immediate) {
                flush();
            }
        }

        void flush() {
            index.write(documents.values());
            documents.clear();
        }
    }
}
