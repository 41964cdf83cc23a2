/** The shared ordering service: ordering clusters, assignment of applications to clusters, channels, their peers and chaincode. */
package org.openbsn.orderingbridge;
