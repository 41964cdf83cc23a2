package org.openbsn.orderingbridge.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.openbsn.orderingbridge.OrderingProperties;
import org.openbsn.orderingbridge.api.*;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The load of each ordering cluster: the configured ones, and any that still orders applications. */
@Component
@ProcessingGroup(OrderingClusterProjection.NAME)
class OrderingClusterProjection {

    static final String NAME = "ordering-clusters";

    private final JdbcClient jdbc;
    private final OrderingProperties ordering;

    OrderingClusterProjection(JdbcClient jdbc, OrderingProperties ordering) {
        this.jdbc = jdbc;
        this.ordering = ordering;
    }

    @EventHandler
    void on(ApplicationAssignedToClusterEvent event) {
        jdbc.sql("""
                insert into ordering_cluster_assignment (application_id, cluster_id, tps) values (:app, :cluster, :tps)
                on conflict (application_id) do nothing""")
                .param("app", event.applicationId()).param("cluster", event.clusterId()).param("tps", event.tps())
                .update();
    }

    @EventHandler
    void on(ApplicationReleasedFromClusterEvent event) {
        jdbc.sql("delete from ordering_cluster_assignment where application_id = :app")
                .param("app", event.applicationId()).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from ordering_cluster_assignment").update();
    }

    @QueryHandler
    List<OrderingClusterView> handle(FindOrderingClustersQuery query) {
        Map<String, OrderingClusterView> clusters = new LinkedHashMap<>();
        ordering.clusterIds().forEach(id -> clusters.put(id, new OrderingClusterView(id, 0, 0)));
        jdbc.sql("""
                select cluster_id, count(*) as applications, sum(tps) as tps from ordering_cluster_assignment
                group by cluster_id order by cluster_id""")
                .query((rs, row) -> new OrderingClusterView(rs.getString("cluster_id"), rs.getInt("applications"),
                        rs.getInt("tps")))
                .list().forEach(view -> clusters.put(view.clusterId(), view));
        return List.copyOf(clusters.values());
    }
}
