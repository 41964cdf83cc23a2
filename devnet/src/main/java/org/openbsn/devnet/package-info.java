/**
 * An in-process, Fabric-compatible network for the embedded default and the tests (see
 * FABRIC-NOTES.md): organisations with real MSPs ({@code msp}), Fabric's endorsement and channel
 * policies ({@code policy}), the peer side of the chaincode protocol for chaincode served in this
 * process or in one of its own ({@code chaincode}), the Gateway and Deliver services over TLS with
 * the query system chaincode qscc ({@code gateway}), and channels whose blocks are ordered,
 * validated and kept in files ({@code ledger}); {@link org.openbsn.devnet.Devnet} assembles them.
 * Still to come: a genesis/config block, chaincode lifecycle, and wiring into the portal.
 */
package org.openbsn.devnet;
