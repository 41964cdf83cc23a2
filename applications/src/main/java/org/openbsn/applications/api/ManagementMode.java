package org.openbsn.applications.api;

/** Who decides about the application: the publisher alone, or its member organisations by vote. */
public enum ManagementMode {
    CENTRALISED, CONSORTIUM
}
