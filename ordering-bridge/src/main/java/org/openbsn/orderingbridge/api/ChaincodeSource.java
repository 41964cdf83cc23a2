package org.openbsn.orderingbridge.api;

/** What a channel runs as chaincode: the built-in base chaincode, or a marketplace package by its Fabric package id. */
public record ChaincodeSource(String kind, String packageId) {

    public static final String BASE = "base";

    public static ChaincodeSource base() {
        return new ChaincodeSource(BASE, "");
    }
}
