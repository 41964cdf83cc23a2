package org.openbsn.noderegistry.api;

/** How the node search index is doing. */
public record FindSearchIndexStatusQuery() {
}
