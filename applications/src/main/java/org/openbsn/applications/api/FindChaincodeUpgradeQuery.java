package org.openbsn.applications.api;

/** The last chaincode upgrade of an application; answers an Optional (empty: never upgraded). */
public record FindChaincodeUpgradeQuery(String applicationId) {
}
