package org.openbsn.orderingbridge.api;

import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.openbsn.infra.error.DomainException;
import org.springframework.stereotype.Component;

/** The peers a city node's organisation runs, as its owner enrols them. */
@Component
public class NodePeers {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public NodePeers(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /**
     * Enrols a peer of the node's organisation at {@code host:port} and answers the zip of its MSP and TLS files; a
     * node without an organisation yet (not approved) is refused.
     */
    public byte[] enrol(String nodeId, String peerName, String host, int port) {
        try {
            byte[] files = commands.sendAndWait(new EnrolNodePeerCommand(nodeId, peerName, host, port));
            awaitShown(nodeId, new NodePeerView(nodeId, NodeOrganisationIds.mspIdOf(nodeId), peerName, host, port));
            return files;
        } catch (AggregateNotFoundException notYet) {
            throw new DomainException("node.no-organisation", "City node " + nodeId
                    + " has no Fabric organisation yet: it gets one when an operator approves it", nodeId);
        }
    }

    /** Waits (a few seconds at most) until the node's peer list shows what was just enrolled: the owner reads their write. */
    private void awaitShown(String nodeId, NodePeerView enrolled) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (!of(nodeId).contains(enrolled) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The node's enrolled peers, by name. */
    public List<NodePeerView> of(String nodeId) {
        return queries.query(new FindNodePeersQuery(nodeId), ResponseTypes.multipleInstancesOf(NodePeerView.class)).join();
    }
}
