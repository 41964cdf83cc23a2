package org.openbsn.noderegistry.api;

/** Rebuild the node search index from the event store while searches keep answering from the old one. */
public record RebuildNodeSearchIndexCommand() {
}
