package org.openbsn.applications.command;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.openbsn.applications.api.*;
import org.openbsn.billing.api.RefundOrderCommand;
import org.openbsn.infra.error.Reason;
import org.openbsn.infra.ledger.Endorsement;
import org.openbsn.infra.ledger.MemberCertificates;
import org.openbsn.noderegistry.api.AllocatePeerCommand;
import org.openbsn.noderegistry.api.NodeCapacityReservedEvent;
import org.openbsn.noderegistry.api.PeerAllocatedEvent;
import org.openbsn.noderegistry.api.ReleaseNodeCapacityCommand;
import org.openbsn.noderegistry.api.ReleaseNodeCapacityHoldCommand;
import org.openbsn.noderegistry.api.ReserveNodeCapacityCommand;
import org.openbsn.orderingbridge.api.ApplicationAssignedToClusterEvent;
import org.openbsn.orderingbridge.api.AssignOrderingClusterCommand;
import org.openbsn.orderingbridge.api.ChaincodeDeployedEvent;
import org.openbsn.orderingbridge.api.ChannelCreatedEvent;
import org.openbsn.orderingbridge.api.CreateChannelCommand;
import org.openbsn.orderingbridge.api.DeployChaincodeCommand;
import org.openbsn.orderingbridge.api.JoinPeerCommand;
import org.openbsn.orderingbridge.api.NodeOrganisationIds;
import org.openbsn.orderingbridge.api.PeerJoinedChannelEvent;
import org.openbsn.orderingbridge.api.ReleaseOrderingClusterCommand;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Turns a paid application into a live channel: reserve capacity on every chosen node, allocate a
 * peer on each, assign an ordering cluster, create the channel, join the peers, deploy the
 * chaincode, write the roles to the gateway, go live. Each step has a deadline; any failure
 * releases what was reserved, refunds the order, and tells the publisher why. Every command it
 * sends is idempotent, so a re-delivered event never reserves or charges twice.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class PublishingSaga {

    static final String STEP_DEADLINE = "publishing-step";

    @JsonIgnore
    private transient CommandGateway commands;
    @JsonIgnore
    private transient DeadlineManager deadlines;
    @JsonIgnore
    private transient MemberCertificates members;
    @JsonIgnore
    private transient PublishingProperties properties;

    private ApplicationPaidEvent paid;
    private PublishingStep waitingFor;
    private final Map<String, String> peers = new LinkedHashMap<>();
    private final Map<String, Boolean> dedicated = new LinkedHashMap<>();
    private final List<String> reserved = new ArrayList<>();
    private final List<String> joined = new ArrayList<>();
    private String clusterId;

    @StartSaga
    @SagaEventHandler(associationProperty = "applicationId")
    void on(ApplicationPaidEvent event) {
        paid = event;
        SagaLifecycle.associateWith("channelId", event.channelId());
        await(PublishingStep.CAPACITY_RESERVED);
        for (NodeResources node : event.design().nodes()) {
            send(new ReserveNodeCapacityCommand(node.nodeId(), event.applicationId(), node.capacity()));
        }
    }

    @SagaEventHandler(associationProperty = "applicationId")
    void on(NodeCapacityReservedEvent event) {
        if (!reserved.contains(event.nodeId())) {
            reserved.add(event.nodeId());
            send(new AllocatePeerCommand(event.nodeId(), event.applicationId()));
        }
        if (reserved.size() == paid.design().nodes().size() && waitingFor == PublishingStep.CAPACITY_RESERVED) {
            progress(PublishingStep.CAPACITY_RESERVED, PublishingStep.PEERS_ALLOCATED);
        }
    }

    @SagaEventHandler(associationProperty = "applicationId")
    void on(PeerAllocatedEvent event) {
        peers.put(event.nodeId(), event.peerId());
        dedicated.put(event.nodeId(), event.dedicated());
        if (peers.size() == paid.design().nodes().size() && waitingFor == PublishingStep.PEERS_ALLOCATED) {
            progress(PublishingStep.PEERS_ALLOCATED, PublishingStep.CLUSTER_ASSIGNED);
            send(new AssignOrderingClusterCommand(paid.applicationId(), paid.design().totalTps()));
        }
    }

    @SagaEventHandler(associationProperty = "applicationId")
    void on(ApplicationAssignedToClusterEvent event) {
        if (waitingFor == PublishingStep.CLUSTER_ASSIGNED) {
            clusterId = event.clusterId();
            progress(PublishingStep.CLUSTER_ASSIGNED, PublishingStep.CHANNEL_CREATED);
            send(new CreateChannelCommand(paid.channelId(), paid.applicationId(), clusterId, channelMembers(),
                    endorsementOf(paid.design().endorsement()), paid.design().totalTps()));
        }
    }

    @SagaEventHandler(associationProperty = "channelId")
    void on(ChannelCreatedEvent event) {
        if (waitingFor == PublishingStep.CHANNEL_CREATED) {
            progress(PublishingStep.CHANNEL_CREATED, PublishingStep.PEERS_JOINED);
            peers.forEach((nodeId, peerId) -> send(new JoinPeerCommand(paid.channelId(), nodeId, peerId)));
        }
    }

    @SagaEventHandler(associationProperty = "channelId")
    void on(PeerJoinedChannelEvent event) {
        if (!joined.contains(event.nodeId())) {
            joined.add(event.nodeId());
        }
        if (joined.size() == peers.size() && waitingFor == PublishingStep.PEERS_JOINED) {
            progress(PublishingStep.PEERS_JOINED, PublishingStep.CHAINCODE_DEPLOYED);
            send(new DeployChaincodeCommand(paid.channelId(), paid.design().chaincodeName(), paid.design().chaincode(), 1));
        }
    }

    @SagaEventHandler(associationProperty = "channelId")
    void on(ChaincodeDeployedEvent event) {
        if (waitingFor == PublishingStep.CHAINCODE_DEPLOYED) {
            progress(PublishingStep.CHAINCODE_DEPLOYED, PublishingStep.ROLES_WRITTEN);
            ApplicationDesign design = paid.design();
            String applicationId = paid.applicationId();
            String clusterOfApplication = clusterId;
            List<AllocatedPeer> allocated = allocatedPeers();
            commands.send(new GrantApplicationAccessCommand(paid.appCode(), applicationId, design.name(), paid.channelId(),
                    design.chaincodeName(), design.certificateMode(), design.functions(), design.roles(), design.nodes(),
                    paid.publisherId())).whenComplete((result, failure) -> {
                        if (failure != null) {
                            fail(applicationId, PublishingStep.ROLES_WRITTEN, failure);
                        } else {
                            commands.send(new RecordPublishingProgressCommand(applicationId, PublishingStep.ROLES_WRITTEN));
                            commands.send(new MarkApplicationLiveCommand(applicationId, clusterOfApplication, allocated));
                        }
                    });
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "applicationId")
    void on(ApplicationWentLiveEvent event) {
        deadlines.cancelAllWithinScope(STEP_DEADLINE);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "applicationId")
    void on(ApplicationPublishingFailedEvent event) {
        deadlines.cancelAllWithinScope(STEP_DEADLINE);
        for (NodeResources node : paid.design().nodes()) {
            commands.send(new ReleaseNodeCapacityCommand(node.nodeId(), paid.applicationId()));
            commands.send(new ReleaseNodeCapacityHoldCommand(node.nodeId(), paid.orderId()));
        }
        commands.send(new ReleaseOrderingClusterCommand(paid.applicationId()));
        commands.send(new RefundOrderCommand(paid.orderId(), Reason.of("reason.refund.publishing-failed",
                "Publishing failed: " + event.reason(), event.reason())));
    }

    @DeadlineHandler(deadlineName = STEP_DEADLINE)
    void onStepDeadline(PublishingStep step) {
        if (step == waitingFor) {
            long seconds = properties.stepTimeout().toSeconds();
            commands.send(new FailPublishingCommand(paid.applicationId(), step, Reason.of("reason.publishing.step-timeout",
                    "the step did not finish within " + seconds + " s", seconds)));
        }
    }

    private List<AllocatedPeer> allocatedPeers() {
        return peers.entrySet().stream()
                .map(entry -> new AllocatedPeer(entry.getKey(), entry.getValue(), dedicated.get(entry.getKey())))
                .toList();
    }

    private void progress(PublishingStep done, PublishingStep next) {
        commands.send(new RecordPublishingProgressCommand(paid.applicationId(), done));
        await(next);
    }

    private void await(PublishingStep step) {
        waitingFor = step;
        deadlines.cancelAllWithinScope(STEP_DEADLINE);
        Duration timeout = properties.stepTimeout();
        deadlines.schedule(timeout, STEP_DEADLINE, step);
    }

    private void send(Object command) {
        String applicationId = paid.applicationId();
        PublishingStep step = waitingFor;
        commands.send(command).whenComplete((result, failure) -> {
            if (failure != null) {
                fail(applicationId, step, failure);
            }
        });
    }

    private void fail(String applicationId, PublishingStep step, Throwable failure) {
        commands.send(new FailPublishingCommand(applicationId, step, Reason.of(failure)));
    }

    @Autowired
    void setCommands(CommandGateway commands) {
        this.commands = commands;
    }

    @Autowired
    void setDeadlines(DeadlineManager deadlines) {
        this.deadlines = deadlines;
    }

    /** Every chosen city node's organisation, which endorse, then the participants' organisation, which does not. */
    private List<String> channelMembers() {
        List<String> msps = new java.util.ArrayList<>();
        paid.design().nodes().forEach(node -> msps.add(NodeOrganisationIds.mspIdOf(node.nodeId())));
        msps.add(members.mspId());
        return msps;
    }

    @Autowired
    void setMembers(MemberCertificates members) {
        this.members = members;
    }

    @Autowired
    void setProperties(PublishingProperties properties) {
        this.properties = properties;
    }

    private static Endorsement endorsementOf(EndorsementChoice choice) {
        return new Endorsement(Endorsement.Kind.valueOf(choice.kind().name()), choice.n());
    }
}
