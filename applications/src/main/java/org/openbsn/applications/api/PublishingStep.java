package org.openbsn.applications.api;

/** The steps from a confirmed payment to a live application, in order. */
public enum PublishingStep {
    PAYMENT_CONFIRMED, CAPACITY_RESERVED, PEERS_ALLOCATED, CLUSTER_ASSIGNED, CHANNEL_CREATED, PEERS_JOINED,
    CHAINCODE_DEPLOYED, ROLES_WRITTEN, LIVE
}
