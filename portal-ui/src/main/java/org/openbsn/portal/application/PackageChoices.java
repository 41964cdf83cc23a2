package org.openbsn.portal.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openbsn.applications.api.ApplicationFunction;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.applications.api.FunctionType;
import org.openbsn.marketplace.api.LicenceStatus;
import org.openbsn.marketplace.api.LicenceView;
import org.openbsn.marketplace.api.Licences;
import org.openbsn.marketplace.api.Marketplace;
import org.openbsn.marketplace.api.PackageManifest;
import org.openbsn.marketplace.api.PackageVersionView;
import org.openbsn.marketplace.api.VersionStatus;
import org.openbsn.orderingbridge.api.ChaincodeSource;
import org.openbsn.portal.ui.Texts;

/**
 * The chaincode a publisher may put in an application: the base chaincode, or an approved version of a marketplace
 * package they hold an active licence for; and the functions and roles a choice comes with.
 */
class PackageChoices {

    private final Marketplace marketplace;
    private final Licences licences;
    private final String publisherId;

    PackageChoices(Marketplace marketplace, Licences licences, String publisherId) {
        this.marketplace = marketplace;
        this.licences = licences;
        this.publisherId = publisherId;
    }

    /** Each choice with its label, the base chaincode first; {@code applicationId} may be null for a new draft. */
    Map<ChaincodeSource, String> available(String applicationId) {
        Map<ChaincodeSource, String> choices = new LinkedHashMap<>();
        choices.put(ChaincodeSource.base(), Texts.t("wizard.chaincode.base"));
        for (LicenceView licence : licences.licencesOf(publisherId)) {
            boolean covers = switch (licence.scope()) {
                case PUBLISHER -> true;
                case APPLICATION -> licence.applicationId() != null && licence.applicationId().equals(applicationId);
            };
            if (licence.status() != LicenceStatus.ACTIVE || !covers) {
                continue;
            }
            marketplace.listing(licence.packageId()).ifPresent(pkg -> pkg.versions().stream()
                    .filter(version -> version.status() == VersionStatus.APPROVED)
                    .forEach(version -> choices.put(ChaincodeSource.marketplacePackage(version.fabricPackageId()),
                            label(version))));
        }
        return choices;
    }

    /** How a chosen source reads, also when it is no longer among the choices (e.g. its licence ended). */
    String label(ChaincodeSource source) {
        if (ChaincodeSource.BASE.equals(source.kind())) {
            return Texts.t("wizard.chaincode.base");
        }
        return marketplace.versionByFabricId(source.packageId()).map(PackageChoices::label).orElse(source.packageId());
    }

    private static String label(PackageVersionView version) {
        return Texts.t("wizard.chaincode.package", version.packageName(), version.version());
    }

    /** The functions the source offers, as its manifest declares them (the base chaincode's own for base). */
    List<ApplicationFunction> functionsOf(ChaincodeSource source) {
        if (ChaincodeSource.BASE.equals(source.kind())) {
            return ApplicationFunction.ofBaseChaincode();
        }
        return manifest(source).functions().stream()
                .map(f -> new ApplicationFunction(f.name(), f.chaincodeFunction(),
                        FunctionType.valueOf(f.type().toUpperCase(Locale.ROOT))))
                .toList();
    }

    /** The roles the source suggests, and SysAdmin over every function as the base chaincode comes with. */
    List<ApplicationRole> rolesOf(ChaincodeSource source, List<ApplicationFunction> functions) {
        List<ApplicationRole> roles = new ArrayList<>();
        roles.add(ApplicationRole.sysAdminOf(functions));
        if (!ChaincodeSource.BASE.equals(source.kind())) {
            manifest(source).roles().stream()
                    .filter(role -> !role.name().equals(ApplicationRole.SYS_ADMIN))
                    .forEach(role -> roles.add(new ApplicationRole(role.name(), role.functions())));
        }
        return roles;
    }

    private PackageManifest manifest(ChaincodeSource source) {
        return marketplace.versionByFabricId(source.packageId()).map(PackageVersionView::manifest)
                .orElseThrow(() -> new IllegalStateException("No marketplace version has Fabric package id " + source.packageId()));
    }
}
