package org.openbsn.billing.api;

/** Asked by billing, answered by the marketplace: what a requested licence costs and whom it pays; answers an Optional. */
public record FindLicenceTermsQuery(String licenceId) {
}
