package org.openbsn.gatewayadapter.endpoint;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;

import org.openbsn.gatewayadapter.api.GatewayAdministration;
import org.openbsn.gatewayadapter.api.GatewayQuotaView;
import org.openbsn.gatewayadapter.protocol.GatewayQuotas;
import org.openbsn.gatewayadapter.protocol.GatewayRefusal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * One token bucket per application: it holds at most one second's worth of calls (the TPS bought
 * on this node) and refills at that rate. A call finding it empty is refused at once with the time
 * to wait, never queued. Buckets live in this portal instance.
 */
@Component
class TokenBuckets implements GatewayQuotas {

    private final BiFunction<String, String, Optional<GatewayQuotaView>> quotas;
    private final GatewayNodeProperties node;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Autowired
    TokenBuckets(GatewayAdministration gateway, GatewayNodeProperties node) {
        this(gateway::quota, node, System::nanoTime);
    }

    /** {@code quotas}: the quota of an application (first) on a node (second). */
    TokenBuckets(BiFunction<String, String, Optional<GatewayQuotaView>> quotas, GatewayNodeProperties node,
                 LongSupplier nanoTime) {
        this.quotas = quotas;
        this.node = node;
        this.nanoTime = nanoTime;
    }

    @Override
    public void take(String appCode) {
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.compute(appCode, (app, current) ->
                fresh(current, now) ? current : refreshed(app, current, now));
        if (bucket.tps == 0) {
            throw new GatewayRefusal("application " + appCode + " has no TPS purchased on city node " + node.nodeCode()
                    + "; buy capacity on this node to call its gateway");
        }
        long waitMillis = bucket.take(now);
        if (waitMillis > 0) {
            throw new GatewayRefusal("application " + appCode + " is over its purchased " + bucket.tps
                    + " TPS on city node " + node.nodeCode() + "; retry in " + waitMillis + " ms");
        }
    }

    /** A bought quota is re-read every {@code quotaRefresh}; a missing one at every call, so a purchase works at once. */
    private boolean fresh(Bucket bucket, long now) {
        return bucket != null && bucket.tps > 0 && now - bucket.readAt < node.quotaRefresh().toNanos();
    }

    private Bucket refreshed(String appCode, Bucket current, long now) {
        int tps = quotas.apply(appCode, node.nodeCode()).map(GatewayQuotaView::tps).orElse(0);
        if (current != null && current.tps == tps) {
            current.readAt = now;
            return current;
        }
        return new Bucket(tps, now);
    }

    /** Tokens in units of 1/tps seconds; starts full. */
    private static final class Bucket {

        private final int tps;
        private double tokens;
        private long refilledAt;
        private volatile long readAt;

        Bucket(int tps, long now) {
            this.tps = tps;
            this.tokens = tps;
            this.refilledAt = now;
            this.readAt = now;
        }

        /** 0 when a token was taken, else the milliseconds until one is there. */
        synchronized long take(long now) {
            tokens = Math.min(tps, tokens + (now - refilledAt) * tps / 1e9);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * 1000 / tps);
        }
    }
}
