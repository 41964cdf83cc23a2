package org.openbsn.orderingbridge.api;

/**
 * The city node is the Fabric organisation {@code mspId}: its CA and TLS CA certificates (PEM) are what every
 * channel it joins trusts, and its admin's certificate is the one that signs for it.
 */
public record NodeOrganisationCreatedEvent(String nodeId, String mspId, String caCertificatePem,
                                           String tlsCaCertificatePem, String adminCertificatePem) {
}
