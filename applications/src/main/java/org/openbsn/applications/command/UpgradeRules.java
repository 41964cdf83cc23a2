package org.openbsn.applications.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.openbsn.applications.api.ApplicationDesign;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.applications.api.ApplicationRules;
import org.openbsn.applications.api.PackageRules;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.marketplace.api.PackageVersionView;

/**
 * What an upgrade of a live application's chaincode must keep: the application runs a marketplace package, the new
 * version is a newer approved version of that same package, its functions and roles hold like an ordered design's, and
 * every role a participant holds stays.
 */
final class UpgradeRules {

    private UpgradeRules() {
    }

    static void check(ApplicationDesign current, ApplicationDesign upgraded, PackageVersions packages, Set<String> rolesInUse) {
        if (!PackageRules.runsPackage(current)) {
            throw new DomainException("application.upgrade.base-chaincode", "This application runs the base chaincode;"
                    + " only an application running a marketplace package can be upgraded to a newer version of it");
        }
        Optional<PackageVersionView> target = packages.byFabricId(upgraded.chaincode().packageId());
        List<FieldViolation> violations = new ArrayList<>(ApplicationRules.orderViolations(upgraded));
        violations.addAll(PackageRules.violations(upgraded, target, true));
        Set<String> kept = upgraded.roles().stream().map(ApplicationRole::name).collect(Collectors.toSet());
        for (String role : rolesInUse) {
            if (!kept.contains(role)) {
                violations.add(FieldViolation.of("roles", "application.upgrade.role-in-use", "Role " + role
                        + " is held by participants; keep it in the upgrade", role));
            }
        }
        if (target.isEmpty()) {
            InvalidInputException.throwIfAny(violations);
        }
        PackageVersionView running = packages.byFabricId(current.chaincode().packageId()).orElseThrow(() ->
                new DomainException("application.upgrade.running-unknown", "The marketplace no longer knows the version"
                        + " this application runs (" + current.chaincode().packageId() + ")", current.chaincode().packageId()));
        PackageVersionView next = target.get();
        if (!next.packageId().equals(running.packageId())) {
            throw new DomainException("application.upgrade.other-package", next.packageName() + " " + next.version()
                    + " is not a version of " + running.packageName() + ", the package this application runs",
                    next.packageName(), next.version(), running.packageName());
        }
        if (!next.submittedAt().isAfter(running.submittedAt())) {
            throw new DomainException("application.upgrade.not-newer", next.packageName() + " " + next.version()
                    + " is not newer than the running version " + running.version(), next.packageName(), next.version(),
                    running.version());
        }
        InvalidInputException.throwIfAny(violations);
    }
}
