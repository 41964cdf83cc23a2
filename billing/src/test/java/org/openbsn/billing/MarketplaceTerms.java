package org.openbsn.billing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.queryhandling.QueryHandler;
import org.openbsn.billing.api.FindLicenceTermsQuery;
import org.openbsn.billing.api.LicenceTerms;
import org.springframework.stereotype.Component;

/** Answers billing's licence-terms query as the marketplace does, for licences a test offers (billing's tests run without the marketplace). */
@Component
public class MarketplaceTerms {

    private final Map<String, LicenceTerms> offered = new ConcurrentHashMap<>();

    public void offer(LicenceTerms terms) {
        offered.put(terms.licenceId(), terms);
    }

    @QueryHandler
    Optional<LicenceTerms> handle(FindLicenceTermsQuery query) {
        return Optional.ofNullable(offered.get(query.licenceId()));
    }
}
