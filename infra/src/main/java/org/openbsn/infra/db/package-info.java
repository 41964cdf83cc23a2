/** The data source: an external PostgreSQL from {@code BSN_DB_URL}, or an embedded one that keeps its data. */
package org.openbsn.infra.db;
