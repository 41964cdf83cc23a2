/** What other modules may use of the ordering bridge: ordering clusters, channels, peers joining them and chaincode on them. */
package org.openbsn.orderingbridge.api;
