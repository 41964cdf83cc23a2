package org.openbsn.orderingbridge.network;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.openbsn.fabric.msp.OrganisationVault;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.orderingbridge.api.CreateNodeOrganisationCommand;
import org.openbsn.orderingbridge.api.EnrolNodePeerCommand;
import org.openbsn.orderingbridge.api.NodePeerEnrolledEvent;
import org.openbsn.orderingbridge.api.NodePeerRules;
import org.openbsn.orderingbridge.api.NodeOrganisationIds;
import org.openbsn.orderingbridge.api.NodeOrganisationCreatedEvent;

/**
 * A city node's Fabric organisation: created once when the node is approved, with its own CA, TLS CA and admin kept
 * in the portal's organisation vault until the city-node software keeps them on the node.
 */
@Aggregate
class NodeOrganisation {

    @AggregateIdentifier
    private String organisationId;
    private String nodeId;
    private String mspId;

    NodeOrganisation() {
    }

    static String mspIdOf(String nodeId) {
        return NodeOrganisationIds.mspIdOf(nodeId);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CreateNodeOrganisationCommand command, OrganisationVault vault) {
        if (organisationId != null) {
            return; // a re-delivered approval: the organisation exists
        }
        String mspId = mspIdOf(command.nodeId());
        OrganisationVault.KeptOrganisation kept = vault.ensure(mspId, mspId.toLowerCase(java.util.Locale.ROOT) + ".nodes.openbsn");
        apply(new NodeOrganisationCreatedEvent(command.nodeId(), mspId, kept.caPem(), kept.tlsCaPem(),
                kept.adminCertificatePem()));
    }

    @CommandHandler
    byte[] handle(EnrolNodePeerCommand command, OrganisationVault vault) {
        InvalidInputException.throwIfAny(NodePeerRules.check(command));
        byte[] bundle = vault.enrolPeer(mspId, command.peerName(), command.host(), command.port());
        apply(new NodePeerEnrolledEvent(nodeId, mspId, command.peerName(), command.host(), command.port()));
        return bundle;
    }

    @EventSourcingHandler
    void on(NodeOrganisationCreatedEvent event) {
        organisationId = NodeOrganisationIds.of(event.nodeId());
        nodeId = event.nodeId();
        mspId = event.mspId();
    }
}
