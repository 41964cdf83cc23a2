package org.openbsn.orderingbridge.api;

import java.util.List;
import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** The ordering bridge as the portal reads it: application channels and the load of each ordering cluster. */
@Component
public class Channels {

    private final QueryGateway queries;

    public Channels(QueryGateway queries) {
        this.queries = queries;
    }

    /** The channel with its cluster, members, joined peers, chaincode and current block height. */
    public Optional<ChannelView> find(String channelId) {
        return queries.query(new FindChannelQuery(channelId), ResponseTypes.optionalInstanceOf(ChannelView.class)).join();
    }

    /** The Fabric organisation of the city node, once it is approved. */
    public Optional<NodeOrganisationView> organisationOf(String nodeId) {
        return queries.query(new FindNodeOrganisationQuery(nodeId), ResponseTypes.optionalInstanceOf(NodeOrganisationView.class))
                .join();
    }

    /** Every ordering cluster with the applications it orders and their TPS. */
    public List<OrderingClusterView> clusters() {
        return queries.query(new FindOrderingClustersQuery(), ResponseTypes.multipleInstancesOf(OrderingClusterView.class))
                .join();
    }
}
