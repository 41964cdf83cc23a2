package org.openbsn.fabric.admin;

/** An orderer or peer refused an admin request; the message says which, what was asked, and its own words. */
public final class AdminRefusal extends RuntimeException {

    public AdminRefusal(String message) {
        super(message);
    }

    public AdminRefusal(String message, Throwable cause) {
        super(message, cause);
    }
}
