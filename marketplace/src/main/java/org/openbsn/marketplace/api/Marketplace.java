package org.openbsn.marketplace.api;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

/**
 * The marketplace as the portal uses it: authors upload versions, operators review them, publishers search,
 * license, rate and download packages. Each method names who may call it; refusals are domain errors that say why.
 */
public interface Marketplace {

    String AUTHOR = "CHAINCODE_AUTHOR";
    String PUBLISHER = "PUBLISHER";
    String OPERATOR = "OPERATOR";

    /**
     * Inspects and stores a new version of the author's package named in the manifest (creating the package with its
     * first version), then starts its automatic check; a rejected upload leaves nothing behind.
     */
    @RolesAllowed(AUTHOR)
    PackageVersionView upload(String authorId, byte[] packageBytes, byte[] manifestJson, String version, String changelog,
                              Pricing pricing);

    /** The author's packages with every version and its review status, newest first. */
    @RolesAllowed(AUTHOR)
    List<PackageView> packagesOf(String authorId);

    /** A listed package as publishers see it: approved versions only; empty when none is approved. */
    Optional<PackageView> listing(String packageId);

    @RolesAllowed(OPERATOR)
    List<PackageVersionView> awaitingReview();

    @RolesAllowed(OPERATOR)
    PackageVersionView approve(String packageId, String version, String operatorId);

    @RolesAllowed(OPERATOR)
    PackageVersionView reject(String packageId, String version, String operatorId, String reason);

    /** Searches listed packages. */
    PackageSearchResult search(SearchPackagesQuery query);

    /** A licensee rates the package; anyone else is refused. */
    @RolesAllowed(PUBLISHER)
    PackageView rate(String packageId, String raterId, int stars, String text);

    /** The version's package file, for its licensees, its author and operators; counted as a download. */
    Optional<PackageDownload> download(String packageId, String version, String actorId);

    /** The version a Fabric package id belongs to. */
    Optional<PackageVersionView> versionByFabricId(String fabricPackageId);
}
