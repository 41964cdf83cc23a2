package org.openbsn.billing.quote;

import java.util.Optional;

import org.openbsn.billing.api.LicenceTerms;

/** Where licence orders find what a requested licence costs and whom it pays: the marketplace. */
@FunctionalInterface
public interface LicenceDirectory {

    Optional<LicenceTerms> find(String licenceId);
}
