/**
 * Fabric plumbing that knows no domain: organisations and their certificate authorities, channel configuration
 * built from Fabric's own protos, and the admin protocols of real orderers and peers (channel participation,
 * cscc, {@code _lifecycle}). devnet serves the same protocols, so one caller drives both.
 */
package org.openbsn.fabric;
