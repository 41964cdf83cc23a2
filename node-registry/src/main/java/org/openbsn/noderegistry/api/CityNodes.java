package org.openbsn.noderegistry.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.openbsn.infra.axon.ReadYourWrites;
import org.springframework.stereotype.Component;

/**
 * The node registry as the portal uses it. Each change returns the node as the read model shows
 * it afterwards. Operator actions require the operator role here too, not only in the views.
 */
@Component
public class CityNodes {

    public static final String OPERATOR = "OPERATOR";
    public static final String NODE_OWNER = "NODE_OWNER";

    private final ReadYourWrites readYourWrites;
    private final QueryGateway queries;
    private final CommandGateway commands;

    public CityNodes(ReadYourWrites readYourWrites, QueryGateway queries, CommandGateway commands) {
        this.readYourWrites = readYourWrites;
        this.queries = queries;
        this.commands = commands;
    }

    @RolesAllowed(NODE_OWNER)
    public CityNodeView register(String ownerId, NodeDetails details, Capacity capacity, UnitPrices prices) {
        String nodeId = UUID.randomUUID().toString();
        return change(new RegisterCityNodeCommand(nodeId, ownerId, details, capacity, prices), nodeId);
    }

    @RolesAllowed(OPERATOR)
    public CityNodeView approve(String nodeId, String operatorId) {
        return change(new ApproveCityNodeCommand(nodeId, operatorId), nodeId);
    }

    @RolesAllowed(OPERATOR)
    public CityNodeView reject(String nodeId, String operatorId, String reason) {
        return change(new RejectCityNodeCommand(nodeId, operatorId, reason), nodeId);
    }

    @RolesAllowed(OPERATOR)
    public CityNodeView suspend(String nodeId, String operatorId, String reason) {
        return change(new SuspendCityNodeCommand(nodeId, operatorId, reason), nodeId);
    }

    @RolesAllowed(OPERATOR)
    public CityNodeView resume(String nodeId, String operatorId) {
        return change(new ResumeCityNodeCommand(nodeId, operatorId), nodeId);
    }

    @RolesAllowed(NODE_OWNER)
    public CityNodeView changeCapacity(String nodeId, String ownerId, Capacity capacity) {
        return change(new ChangeCityNodeCapacityCommand(nodeId, ownerId, capacity), nodeId);
    }

    @RolesAllowed(NODE_OWNER)
    public CityNodeView changePrices(String nodeId, String ownerId, UnitPrices prices) {
        return change(new ChangeCityNodePricesCommand(nodeId, ownerId, prices), nodeId);
    }

    @RolesAllowed(NODE_OWNER)
    public CityNodeView retire(String nodeId, String ownerId) {
        return change(new RetireCityNodeCommand(nodeId, ownerId), nodeId);
    }

    public Optional<CityNodeView> find(String nodeId) {
        return queries.query(new FindCityNodeQuery(nodeId), ResponseTypes.optionalInstanceOf(CityNodeView.class)).join();
    }

    public List<CityNodeView> ownedBy(String ownerId) {
        return queries.query(new FindOwnerNodesQuery(ownerId), ResponseTypes.multipleInstancesOf(CityNodeView.class)).join();
    }

    @RolesAllowed(OPERATOR)
    public List<CityNodeView> withStatus(Set<NodeStatus> statuses) {
        return queries.query(new FindNodesByStatusQuery(statuses), ResponseTypes.multipleInstancesOf(CityNodeView.class))
                .join();
    }

    public List<CityNodeView> browseActive(NodeFilter filter, int offset, int limit) {
        return queries.query(new BrowseActiveNodesQuery(filter, offset, limit),
                ResponseTypes.multipleInstancesOf(CityNodeView.class)).join();
    }

    public long countActive(NodeFilter filter) {
        return queries.query(new CountActiveNodesQuery(filter), Long.class).join();
    }

    @RolesAllowed(OPERATOR)
    public List<NodeHistoryEntry> history(String nodeId) {
        return queries.query(new FindNodeHistoryQuery(nodeId), ResponseTypes.multipleInstancesOf(NodeHistoryEntry.class))
                .join();
    }

    /** How much of the node is reserved, overall and on each peer of its pool; empty for an unknown node. */
    public Optional<NodeUtilisation> utilisation(String nodeId) {
        return queries.query(new FindNodeUtilisationQuery(nodeId), ResponseTypes.optionalInstanceOf(NodeUtilisation.class))
                .join();
    }

    /** The node's capacity and reserved part after each change, oldest first. */
    public List<UtilisationPoint> utilisationHistory(String nodeId) {
        return queries.query(new FindNodeUtilisationHistoryQuery(nodeId),
                ResponseTypes.multipleInstancesOf(UtilisationPoint.class)).join();
    }

    /** Full-text and faceted search over active nodes (Elasticsearch). */
    public NodeSearchResult search(SearchNodesQuery query) {
        return queries.query(query, NodeSearchResult.class).join();
    }

    /** Rebuilds the search index from the event store; searches keep answering from the old index meanwhile. */
    @RolesAllowed(OPERATOR)
    public void rebuildSearchIndex() {
        commands.sendAndWait(new RebuildNodeSearchIndexCommand());
    }

    @RolesAllowed(OPERATOR)
    public SearchIndexStatus searchIndexStatus() {
        return queries.query(new FindSearchIndexStatusQuery(), SearchIndexStatus.class).join();
    }

    private CityNodeView change(Object command, String nodeId) {
        return readYourWrites.send(command, new FindCityNodeQuery(nodeId), CityNodeView.class, CityNodeView::version)
                .orElseThrow(() -> new IllegalStateException("Node " + nodeId + " was saved but is not yet readable"));
    }
}
