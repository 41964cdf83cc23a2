package org.openbsn.noderegistry.api;

/** An amount of each resource a city node sells: transactions per second, storage, bandwidth. */
public record Capacity(int tps, int storageGb, int bandwidthMbps) {

    public static final Capacity NONE = new Capacity(0, 0, 0);

    public Capacity plus(Capacity other) {
        return new Capacity(tps + other.tps, storageGb + other.storageGb, bandwidthMbps + other.bandwidthMbps);
    }

    public Capacity minus(Capacity other) {
        return new Capacity(tps - other.tps, storageGb - other.storageGb, bandwidthMbps - other.bandwidthMbps);
    }

    /** True when every resource of this amount is at most that of {@code limit}. */
    public boolean fitsWithin(Capacity limit) {
        return tps <= limit.tps && storageGb <= limit.storageGb && bandwidthMbps <= limit.bandwidthMbps;
    }
}
