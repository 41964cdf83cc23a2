/** The ordering service's cluster assignments and the channel aggregate that drives the ledger's channel administration. */
package org.openbsn.orderingbridge.command;
