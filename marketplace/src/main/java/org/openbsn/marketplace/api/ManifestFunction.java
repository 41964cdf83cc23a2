package org.openbsn.marketplace.api;

/** A function the package offers, as BSN's package config declares it: the name callers use, the chaincode function, and its type ("invoke", "query" or "event"). */
public record ManifestFunction(String name, String chaincodeFunction, String type) {
}
