package org.openbsn.applications.api;

import java.util.List;

/** The application runs the package version {@code fabricPackageId} at definition {@code sequence}, with these functions and roles. */
public record ChaincodeUpgradedEvent(String applicationId, String fabricPackageId, int sequence,
                                     List<ApplicationFunction> functions, List<ApplicationRole> roles) {
}
