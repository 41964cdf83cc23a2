package org.openbsn.orderingbridge;

import java.util.HashSet;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ordering clusters applications are assigned to ({@code BSN_ORDERING_MODE}, {@code BSN_ORDERING_CLUSTERS}):
 * in collective mode every channel is ordered by the first cluster; in distributed mode by the least loaded one.
 */
@ConfigurationProperties("bsn.ordering")
public record OrderingProperties(@DefaultValue("distributed") Mode mode,
                                 @DefaultValue({"cluster-1", "cluster-2", "cluster-3"}) List<String> clusters) {

    /** How many clusters order the network's channels. */
    public enum Mode { COLLECTIVE, DISTRIBUTED }

    public OrderingProperties {
        if (mode == null || clusters == null || clusters.isEmpty()) {
            throw new IllegalArgumentException("bsn.ordering needs a mode (collective or distributed) and at least one cluster id");
        }
        if (clusters.stream().anyMatch(id -> id == null || !id.matches("[a-z0-9][a-z0-9-]{0,39}"))
                || new HashSet<>(clusters).size() != clusters.size()) {
            throw new IllegalArgumentException("bsn.ordering.clusters must be distinct ids of lowercase letters, digits and "
                    + "dashes (at most 40 characters), not " + clusters);
        }
        clusters = List.copyOf(clusters);
    }

    /** The clusters that take new applications. */
    public List<String> clusterIds() {
        return mode == Mode.COLLECTIVE ? clusters.subList(0, 1) : clusters;
    }
}
