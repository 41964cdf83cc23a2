/**
 * An in-process, Fabric-compatible network serving the Fabric Gateway gRPC API, for the embedded default and the tests.
 * Nothing is built here yet; see DESIGN.md and the open issues.
 */
package org.openbsn.devnet;
