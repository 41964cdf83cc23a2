package org.openbsn.applications.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.openbsn.infra.error.FieldViolation;
import org.openbsn.marketplace.api.ManifestFunction;
import org.openbsn.marketplace.api.PackageVersionView;
import org.openbsn.marketplace.api.VersionStatus;
import org.openbsn.orderingbridge.api.ChaincodeSource;

/**
 * What a design that runs a marketplace package must keep besides {@link ApplicationRules}: the version exists, each
 * function runs a chaincode function its manifest declares with the declared type, and an ordered version is approved.
 */
public final class PackageRules {

    private static final Pattern FABRIC_PACKAGE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.+-]{0,127}:[0-9a-f]{64}");

    private PackageRules() {
    }

    /** Whether the design runs a marketplace package rather than the base chaincode. */
    public static boolean runsPackage(ApplicationDesign design) {
        return design.chaincode() != null && ChaincodeSource.PACKAGE.equals(design.chaincode().kind());
    }

    /** What is wrong with the design's chaincode, given the package version its id names (empty: none known). */
    public static List<FieldViolation> violations(ApplicationDesign design, Optional<PackageVersionView> version,
                                                  boolean ordering) {
        List<FieldViolation> violations = new ArrayList<>();
        ChaincodeSource source = design.chaincode();
        if (source == null || !(ChaincodeSource.BASE.equals(source.kind()) || runsPackage(design))) {
            violations.add(FieldViolation.of("chaincode", "application.chaincode.kind",
                    "Choose the base chaincode or a marketplace package"));
            return violations;
        }
        if (!runsPackage(design)) {
            return violations;
        }
        String id = source.packageId();
        if (id == null || !FABRIC_PACKAGE_ID.matcher(id).matches() || version.isEmpty()) {
            violations.add(FieldViolation.of("chaincode", "application.chaincode.unknown-package",
                    "The marketplace has no package version " + id, String.valueOf(id)));
            return violations;
        }
        PackageVersionView view = version.get();
        if (ordering && view.status() != VersionStatus.APPROVED) {
            violations.add(FieldViolation.of("chaincode", "application.chaincode.not-approved",
                    view.packageName() + " " + view.version() + " is not approved for use yet", view.packageName(),
                    view.version()));
        }
        List<ManifestFunction> offered = view.manifest() == null || view.manifest().functions() == null
                ? List.of() : view.manifest().functions();
        for (ApplicationFunction function : design.functions()) {
            boolean declared = offered.stream().anyMatch(manifest -> manifest.chaincodeFunction().equals(function.chaincodeFunction())
                    && function.type() != null && manifest.type().toUpperCase(Locale.ROOT).equals(function.type().name()));
            if (!declared) {
                violations.add(FieldViolation.of("functions", "application.function.not-in-package",
                        "Function " + function.name() + " runs " + function.chaincodeFunction() + " as "
                                + String.valueOf(function.type()).toLowerCase(Locale.ROOT) + ", which " + view.packageName()
                                + " " + view.version() + " does not declare", function.name(), function.chaincodeFunction(),
                        view.packageName()));
            }
        }
        return violations;
    }
}
