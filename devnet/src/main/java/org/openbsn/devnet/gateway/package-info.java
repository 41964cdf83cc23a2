/**
 * The Fabric Gateway gRPC service as devnet serves it, so that the unmodified fabric-gateway
 * client talks to devnet as to a peer. So far: Evaluate, with the peer's proposal checks.
 */
package org.openbsn.devnet.gateway;
