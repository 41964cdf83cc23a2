package org.openbsn.noderegistry.api;

/** The node search index as the operator sees it: documents searchable now, and whether a rebuild runs. */
public record SearchIndexStatus(String index, long documents, boolean rebuilding) {
}
