package org.openbsn.marketplace.api;

/** One licence; answers an Optional. */
public record FindLicenceQuery(String licenceId) {
}
