package org.openbsn.gatewayadapter.api;

/**
 * A user of an application, registered by the participant {@code userCode}; its certificate
 * (CN name@appCode) is {@code ""} until it is enrolled.
 */
public record GatewayUserView(String appCode, String name, String userCode, String mspId, String certificatePem,
                              long version) {

    public boolean enrolled() {
        return !certificatePem.isEmpty();
    }
}
