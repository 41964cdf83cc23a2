/**
 * An in-process, Fabric-compatible network for the embedded default and the tests (see
 * FABRIC-NOTES.md): organisations with real MSPs ({@code msp}), Fabric's endorsement and channel
 * policies ({@code policy}), the peer side of the chaincode protocol for chaincode served in this
 * process or in one of its own ({@code chaincode}), the Gateway, Deliver and Endorser (cscc) services
 * over TLS with the query system chaincode qscc ({@code gateway}), the orderer's channel participation
 * API on an admin endpoint over mutual TLS ({@code admin}), and channels whose blocks are ordered,
 * validated and kept in files, opened by devnet or from a genesis block as on Fabric ({@code ledger});
 * {@link org.openbsn.devnet.Devnet} assembles them. Still to come: {@code _lifecycle}, configuration
 * updates through the orderer's Broadcast, and the portal driving devnet through these protocols.
 */
package org.openbsn.devnet;
