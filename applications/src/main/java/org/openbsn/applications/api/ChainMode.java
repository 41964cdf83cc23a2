package org.openbsn.applications.api;

/** Who runs the chain: one organisation (private) or several (consortium). */
public enum ChainMode {
    PRIVATE, CONSORTIUM
}
