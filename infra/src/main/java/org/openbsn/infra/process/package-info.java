/** Child servers the portal runs (PostgreSQL, Elasticsearch): started lazily, and taken over after a crash. */
package org.openbsn.infra.process;
