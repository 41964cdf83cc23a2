package org.openbsn.applications.api;

import java.time.Instant;

import org.openbsn.infra.error.Reason;

/**
 * The last chaincode upgrade of an application: the package version asked for, the one it replaces, the definition
 * sequence, where it stands, why it failed (empty otherwise), and when it last changed.
 */
public record ChaincodeUpgradeView(String fabricPackageId, String fromFabricPackageId, int sequence,
                                   ChaincodeUpgradeState state, Reason reason, Instant at) {
}
