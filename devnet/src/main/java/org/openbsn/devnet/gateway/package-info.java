/**
 * The peer's gRPC services as devnet serves them, so that the unmodified fabric-gateway client
 * talks to devnet as to a Fabric peer: the Gateway service (Evaluate, Endorse, Submit,
 * CommitStatus, ChaincodeEvents), Deliver, and the Endorser service for a peer's own administration
 * (cscc: GetChannels, JoinChain, GetConfigBlock, checked by the peer organisation's local MSP). Requests are admitted by the channel's policies as
 * Fabric's default ACLs admit them: proposals and transactions for ordering by Writers, blocks,
 * events and commit status by Readers.
 */
package org.openbsn.devnet.gateway;
