/**
 * An in-process, Fabric-compatible network for the embedded default and the tests (see
 * FABRIC-NOTES.md): organisations with real MSPs ({@code msp}), the peer side of the chaincode
 * protocol ({@code chaincode}), the Fabric Gateway service over TLS ({@code gateway}), and channels
 * whose blocks are ordered, validated and kept in files ({@code ledger}); {@link org.openbsn.devnet.Devnet}
 * assembles them. Still to come: the Deliver service, multi-organisation endorsement, chaincode in
 * its own process, and wiring into the portal.
 */
package org.openbsn.devnet;
