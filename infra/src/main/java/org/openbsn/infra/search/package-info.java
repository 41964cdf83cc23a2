/** Elasticsearch: an external cluster from {@code BSN_ES_URL}, or an embedded server that keeps its data. */
package org.openbsn.infra.search;
