package org.openbsn.marketplace.api;

/** The version whose Fabric package id this is; answers an Optional. */
public record FindPackageVersionByFabricIdQuery(String fabricPackageId) {
}
