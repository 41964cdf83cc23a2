package org.openbsn.applications.api;

/** Where the last chaincode upgrade of an application stands. */
public enum ChaincodeUpgradeState {
    UPGRADING, UPGRADED, FAILED
}
