package org.openbsn.applications.command;

import java.util.Optional;

import org.openbsn.marketplace.api.PackageVersionView;

/** The marketplace's package versions as the application's rules need them: by Fabric package id. */
interface PackageVersions {

    Optional<PackageVersionView> byFabricId(String fabricPackageId);
}
