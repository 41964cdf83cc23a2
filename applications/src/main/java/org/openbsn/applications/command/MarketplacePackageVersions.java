package org.openbsn.applications.command;

import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.openbsn.marketplace.api.FindPackageVersionByFabricIdQuery;
import org.openbsn.marketplace.api.PackageVersionView;
import org.springframework.stereotype.Component;

/** Asks the marketplace's read side for a package version. */
@Component
class MarketplacePackageVersions implements PackageVersions {

    private final QueryGateway queries;

    MarketplacePackageVersions(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public Optional<PackageVersionView> byFabricId(String fabricPackageId) {
        return queries.query(new FindPackageVersionByFabricIdQuery(fabricPackageId),
                ResponseTypes.optionalInstanceOf(PackageVersionView.class)).join();
    }
}
