package org.openbsn.applications.api;

/**
 * A live application is to run another version of its package: {@code design} is the application as it will be (new
 * chaincode, functions and roles), deployed on its channel as chaincode definition {@code sequence}.
 */
public record ChaincodeUpgradeRequestedEvent(String applicationId, String publisherId, String appCode, String channelId,
                                             String fromFabricPackageId, ApplicationDesign design, int sequence) {
}
