/**
 * The Fabric client every ledger call goes through: fabric-gateway over one gRPC channel per peer
 * endpoint, a Gateway per identity, deadlines on every step, and failures turned into errors a
 * person can act on; {@code OfflineSigned} carries proposals and envelopes that business systems
 * signed themselves. The same code talks to devnet and to real Fabric 2.4+ peers.
 */
package org.openbsn.gatewayadapter.ledger;
