/**
 * Platform plumbing shared by every bounded context: the Axon event store on PostgreSQL, the
 * embedded PostgreSQL dev-service, Flyway, and small shared value types. No domain rules live here.
 */
package org.openbsn.infra;
