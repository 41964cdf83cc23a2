/**
 * An in-process, Fabric-compatible network for the embedded default and the tests (see
 * FABRIC-NOTES.md). Built so far: organisations with real MSPs ({@code msp}). To come: the Gateway
 * gRPC service, ordering, validation, durable ledger and chaincode over the chaincode protocol.
 */
package org.openbsn.devnet;
