package org.openbsn.orderingbridge.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.infra.ledger.ChannelAdministration;
import org.openbsn.orderingbridge.api.*;

/**
 * An application's channel: created once, peers joined, chaincode definitions committed. Each command asks
 * the ledger first and records the event only when the ledger did it; a re-sent command changes nothing.
 * Every handler may meet a channel that does not exist yet, so that a missing one is refused in words.
 */
@Aggregate
class Channel {

    @AggregateIdentifier
    private String channelId;
    private String applicationId;
    private final Set<JoinedPeer> peers = new HashSet<>();
    private final Map<String, Integer> sequences = new HashMap<>();

    Channel() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CreateChannelCommand command, ChannelAdministration ledger) {
        if (channelId != null) {
            if (!applicationId.equals(command.applicationId())) {
                throw new DomainException("channel.taken", "Channel " + channelId + " already belongs to application "
                        + applicationId, channelId, applicationId);
            }
            return; // a re-delivered request: created already
        }
        InvalidInputException.throwIfAny(ChannelRules.check(command));
        List<String> members = List.copyOf(command.memberMspIds());
        ledger.createChannel(command.channelId(), command.clusterId(), members, command.endorsement(), command.tps());
        apply(new ChannelCreatedEvent(command.channelId(), command.applicationId(), command.clusterId(), members,
                command.endorsement()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(JoinPeerCommand command, ChannelAdministration ledger) {
        requireExisting(command.channelId());
        JoinedPeer peer = new JoinedPeer(command.nodeId(), command.peerId());
        if (peers.contains(peer)) {
            return;
        }
        List<FieldViolation> violations = new ArrayList<>();
        ChannelRules.required("nodeId", command.nodeId(), violations);
        ChannelRules.required("peerId", command.peerId(), violations);
        InvalidInputException.throwIfAny(violations);
        ledger.joinPeer(channelId, command.nodeId(), command.peerId());
        apply(new PeerJoinedChannelEvent(channelId, command.nodeId(), command.peerId()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DeployChaincodeCommand command, ChannelAdministration ledger) {
        requireExisting(command.channelId());
        InvalidInputException.throwIfAny(ChannelRules.check(command));
        int committed = sequences.getOrDefault(command.chaincodeName(), 0);
        if (command.sequence() <= committed) {
            return; // that definition is committed already
        }
        if (command.sequence() != committed + 1) {
            throw new DomainException("channel.chaincode-sequence", "Chaincode " + command.chaincodeName() + " is at sequence "
                    + committed + " on channel " + channelId + "; the next definition must have sequence " + (committed + 1),
                    command.chaincodeName(), committed, committed + 1);
        }
        ChaincodeSource source = command.source();
        ledger.deployChaincode(channelId, command.chaincodeName(), source.kind(),
                source.packageId() == null ? "" : source.packageId(), command.sequence());
        apply(new ChaincodeDeployedEvent(channelId, command.chaincodeName(), source, command.sequence()));
    }

    private void requireExisting(String requestedId) {
        if (channelId == null) {
            throw new DomainException("channel.unknown", "Channel " + requestedId + " does not exist", requestedId);
        }
    }

    @EventSourcingHandler
    void on(ChannelCreatedEvent event) {
        channelId = event.channelId();
        applicationId = event.applicationId();
    }

    @EventSourcingHandler
    void on(PeerJoinedChannelEvent event) {
        peers.add(new JoinedPeer(event.nodeId(), event.peerId()));
    }

    @EventSourcingHandler
    void on(ChaincodeDeployedEvent event) {
        sequences.put(event.chaincodeName(), event.sequence());
    }
}
