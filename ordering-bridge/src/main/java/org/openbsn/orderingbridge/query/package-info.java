/** Read models of the ordering bridge: cluster loads and channels with their peers and chaincode. */
package org.openbsn.orderingbridge.query;
