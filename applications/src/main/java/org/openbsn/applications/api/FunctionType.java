package org.openbsn.applications.api;

/** How a function of an application is used: a transaction, a read, or a chaincode event to follow. */
public enum FunctionType {
    INVOKE, QUERY, EVENT
}
