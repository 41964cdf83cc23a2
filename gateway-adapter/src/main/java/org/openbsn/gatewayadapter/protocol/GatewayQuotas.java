package org.openbsn.gatewayadapter.protocol;

/** The purchased TPS of each application on this city node, enforced per call. */
public interface GatewayQuotas {

    /**
     * Takes one call from the application's allowance at once, or throws a {@link GatewayRefusal}
     * that says why not (no TPS bought here, or over it and when to retry); it never waits.
     */
    void take(String appCode);
}
