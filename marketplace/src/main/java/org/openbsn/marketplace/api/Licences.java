package org.openbsn.marketplace.api;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

/** Licences as the portal uses them: publishers license listed packages (paying through billing) and see their licences. */
public interface Licences {

    String PUBLISHER = "PUBLISHER";

    /**
     * Asks for a licence at the package's listed price: a free one is active at once; a paid one answers with the
     * order to pay ({@code orderId}) and becomes active when billing confirms the payment.
     */
    @RolesAllowed(PUBLISHER)
    LicenceView requestLicence(String buyerId, String packageId, LicenceScope scope, String applicationId, int years);

    @RolesAllowed(PUBLISHER)
    List<LicenceView> licencesOf(String buyerId);

    @RolesAllowed(PUBLISHER)
    Optional<LicenceView> licence(String licenceId, String buyerId);

    /** An active licence of the buyer covering the package for this application, if there is one. */
    Optional<LicenceView> usableLicence(String buyerId, String packageId, String applicationId);
}
