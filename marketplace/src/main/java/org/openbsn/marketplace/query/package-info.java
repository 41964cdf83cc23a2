/** The packages read model on PostgreSQL: author dashboards, listings, the review queue and lookups by Fabric package id. */
package org.openbsn.marketplace.query;
