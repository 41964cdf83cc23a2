/**
 * devnet's orderer administration as Fabric's orderers serve it: the channel participation REST API over mutual
 * TLS on an admin endpoint of its own.
 */
package org.openbsn.devnet.admin;
