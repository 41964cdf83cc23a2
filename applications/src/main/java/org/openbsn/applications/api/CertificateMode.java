package org.openbsn.applications.api;

/** Who holds an application's transaction keys; {@code caType} is the number BSN's getAppInfo reports. */
public enum CertificateMode {
    /** The gateway generates and holds the users' keys and signs their transactions. */
    KEY_TRUST(1),
    /** Users enrol with a certificate request and sign locally; their private keys never reach the gateway. */
    PUBLIC_KEY_UPLOAD(2);

    private final int caType;

    CertificateMode(int caType) {
        this.caType = caType;
    }

    public int caType() {
        return caType;
    }
}
