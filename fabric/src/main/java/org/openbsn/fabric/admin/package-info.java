/**
 * Fabric's admin protocols as a program calls them: the orderers' channel participation API, and proposals to
 * peers' system chaincodes ({@code cscc} to join a channel, {@code _lifecycle} to install, approve and commit
 * chaincode), each signed by the organisation whose work it is.
 */
package org.openbsn.fabric.admin;
