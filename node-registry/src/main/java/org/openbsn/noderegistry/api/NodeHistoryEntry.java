package org.openbsn.noderegistry.api;

/** One thing that happened to a node: when, who, what. */
public record NodeHistoryEntry(String nodeId, long sequence, java.time.Instant occurredAt, String actorId, String action, String detail) {
}
