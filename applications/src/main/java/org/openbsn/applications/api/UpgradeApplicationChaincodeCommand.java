package org.openbsn.applications.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The publisher asks a live application to run a newer approved version of its marketplace package (Fabric package id),
 * with that version's functions and roles; sent again for the same version while it is under way, it changes nothing.
 */
public record UpgradeApplicationChaincodeCommand(@TargetAggregateIdentifier String applicationId, String publisherId,
                                                 String fabricPackageId, List<ApplicationFunction> functions,
                                                 List<ApplicationRole> roles) {

    public UpgradeApplicationChaincodeCommand {
        functions = functions == null ? List.of() : List.copyOf(functions);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
