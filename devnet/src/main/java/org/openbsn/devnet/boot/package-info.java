/** Starts devnet with the portal when no real Fabric network is configured, and tells the ledger client how to reach it. */
package org.openbsn.devnet.boot;
