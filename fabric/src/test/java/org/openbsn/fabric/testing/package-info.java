/**
 * A real Hyperledger Fabric network for tests: orderers and peers from {@code BSN_FABRIC_BIN} run as separate
 * processes on loopback, with crypto issued by OpenBSN's own organisation CAs.
 */
package org.openbsn.fabric.testing;
