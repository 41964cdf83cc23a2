package org.openbsn.orderingbridge.api;

/** What a channel runs as chaincode: the built-in base chaincode, or a marketplace package by its Fabric package id. */
public record ChaincodeSource(String kind, String packageId) {

    public static final String BASE = "base";
    public static final String PACKAGE = "package";

    public static ChaincodeSource base() {
        return new ChaincodeSource(BASE, "");
    }

    /** A marketplace package version, by its Fabric package id. */
    public static ChaincodeSource marketplacePackage(String fabricPackageId) {
        return new ChaincodeSource(PACKAGE, fabricPackageId);
    }
}
