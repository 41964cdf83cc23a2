/**
 * A channel's ledger: blocks hash-chained with Fabric's header hashing and kept in an fsynced file,
 * validation in Fabric's order with its TxValidationCodes (each chaincode's endorsement policy
 * included), the world state with versions, key history, and indexes of blocks by hash and
 * transactions by id.
 */
package org.openbsn.devnet.ledger;
