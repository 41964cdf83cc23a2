/**
 * devnet's peers' {@code _lifecycle}: ccaas chaincode packages installed per organisation's peer and kept on disk,
 * approvals and definitions committed in the channel's blocks, and the defined chaincodes run from the installed
 * packages, as Fabric's peers run them.
 */
package org.openbsn.devnet.lifecycle;
