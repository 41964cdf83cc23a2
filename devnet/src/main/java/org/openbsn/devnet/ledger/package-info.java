/**
 * A channel's ledger: blocks hash-chained with Fabric's header hashing, validation in Fabric's
 * order with its TxValidationCodes, the world state with versions, key history and the
 * transaction index. Held in memory for now; persistence under the data directory comes next.
 */
package org.openbsn.devnet.ledger;
