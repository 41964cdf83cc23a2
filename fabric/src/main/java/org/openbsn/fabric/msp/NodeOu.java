package org.openbsn.fabric.msp;

import java.util.Locale;

/** Fabric's NodeOU roles, carried as an OU of the certificate subject. */
public enum NodeOu {
    CLIENT, PEER, ADMIN, ORDERER;

    /** The OU value Fabric expects, e.g. {@code client}. */
    public String ou() {
        return name().toLowerCase(Locale.ROOT);
    }
}
