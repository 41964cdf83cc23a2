package org.openbsn.noderegistry.query;

import java.math.BigDecimal;
import java.time.Instant;

import org.openbsn.infra.money.Money;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.NodeDetails;
import org.openbsn.noderegistry.api.NodeSearchHit;
import org.openbsn.noderegistry.api.NodeStatus;
import org.openbsn.noderegistry.api.UnitPrices;

/** A city node as the search index stores it; {@code version} is the last event it reflects. */
record NodeDocument(
        String nodeId, String ownerId, String name, String city, String region, String provider, String gatewayUrl,
        NodeStatus status,
        int tps, int storageGb, int bandwidthMbps,
        int freeTps, int freeStorageGb, int freeBandwidthMbps,
        BigDecimal pricePerTps, BigDecimal pricePerStorageGb, BigDecimal pricePerBandwidthMbps, String currency,
        Instant registeredAt, long version) {

    static NodeDocument registered(String nodeId, String ownerId, NodeDetails d, Capacity c, UnitPrices p,
                                   Instant at, long version) {
        return new NodeDocument(nodeId, ownerId, d.name(), d.city(), d.region(), d.provider(), d.gatewayUrl(),
                NodeStatus.PENDING_APPROVAL, c.tps(), c.storageGb(), c.bandwidthMbps(), c.tps(), c.storageGb(),
                c.bandwidthMbps(), p.perTps().amount(), p.perStorageGb().amount(), p.perBandwidthMbps().amount(),
                p.perTps().currency(), at, version);
    }

    NodeDocument withStatus(NodeStatus newStatus, long newVersion) {
        return new NodeDocument(nodeId, ownerId, name, city, region, provider, gatewayUrl, newStatus, tps, storageGb,
                bandwidthMbps, freeTps, freeStorageGb, freeBandwidthMbps, pricePerTps, pricePerStorageGb,
                pricePerBandwidthMbps, currency, registeredAt, newVersion);
    }

    /** New capacity; what is reserved stays reserved. */
    NodeDocument withCapacity(Capacity c, long newVersion) {
        Capacity reserved = capacity().minus(free());
        Capacity free = c.minus(reserved);
        return new NodeDocument(nodeId, ownerId, name, city, region, provider, gatewayUrl, status, c.tps(),
                c.storageGb(), c.bandwidthMbps(), free.tps(), free.storageGb(), free.bandwidthMbps(), pricePerTps,
                pricePerStorageGb, pricePerBandwidthMbps, currency, registeredAt, newVersion);
    }

    NodeDocument withFreeReducedBy(Capacity delta, long newVersion) {
        Capacity free = free().minus(delta);
        return new NodeDocument(nodeId, ownerId, name, city, region, provider, gatewayUrl, status, tps, storageGb,
                bandwidthMbps, free.tps(), free.storageGb(), free.bandwidthMbps(), pricePerTps, pricePerStorageGb,
                pricePerBandwidthMbps, currency, registeredAt, newVersion);
    }

    NodeDocument withPrices(UnitPrices p, long newVersion) {
        return new NodeDocument(nodeId, ownerId, name, city, region, provider, gatewayUrl, status, tps, storageGb,
                bandwidthMbps, freeTps, freeStorageGb, freeBandwidthMbps, p.perTps().amount(), p.perStorageGb().amount(),
                p.perBandwidthMbps().amount(), p.perTps().currency(), registeredAt, newVersion);
    }

    Capacity capacity() {
        return new Capacity(tps, storageGb, bandwidthMbps);
    }

    Capacity free() {
        return new Capacity(freeTps, freeStorageGb, freeBandwidthMbps);
    }

    NodeSearchHit toHit() {
        return new NodeSearchHit(nodeId, new NodeDetails(name, city, region, provider, gatewayUrl), capacity(), free(),
                new UnitPrices(new Money(pricePerTps, currency), new Money(pricePerStorageGb, currency),
                        new Money(pricePerBandwidthMbps, currency)));
    }
}
