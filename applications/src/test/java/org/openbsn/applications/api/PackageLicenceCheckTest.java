package org.openbsn.applications.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.billing.api.Billing;
import org.openbsn.billing.api.Quote;
import org.openbsn.billing.api.QuoteApplicationQuery;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.money.Money;
import org.openbsn.marketplace.api.*;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.orderingbridge.api.ChaincodeSource;

/**
 * A design running a marketplace package is priced only for a publisher holding a usable licence of it. The
 * marketplace's and billing's answers come over a real Axon query bus from handlers standing in for those contexts.
 */
class PackageLicenceCheckTest {

    private static final String FABRIC_ID = "trace_1.0.0:9f86d081";
    private static final Quote QUOTE = new Quote(List.of(), 1, Money.cny("100"), Money.cny("500"), Money.cny("600"));

    private Applications applications;
    private ApplicationDesign design;

    /** What the marketplace answers: the Trace version by its Fabric id, and the publisher's licence for app-1 only. */
    static class Marketplace {

        private final Map<String, String> licensed = Map.of("publisher-1", "app-1");

        @QueryHandler
        Optional<PackageVersionView> handle(FindPackageVersionByFabricIdQuery query) {
            return Optional.of(FABRIC_ID).filter(query.fabricPackageId()::equals)
                    .map(id -> new PackageVersionView("pkg-trace", "Trace", "author-1", "1.0.0", "", null, Pricing.free(),
                            id, "00", 1, VersionStatus.APPROVED, null, null, null));
        }

        @QueryHandler
        Optional<LicenceView> handle(FindUsableLicenceQuery query) {
            return query.packageId().equals("pkg-trace") && query.applicationId().equals(licensed.get(query.buyerId()))
                    ? Optional.of(new LicenceView("lic-1", "pkg-trace", "Trace", query.buyerId(), LicenceScope.APPLICATION,
                    query.applicationId(), Pricing.free(), 1, null, LicenceStatus.ACTIVE, null, null, null, null, 1))
                    : Optional.empty();
        }

        @QueryHandler
        Quote handle(QuoteApplicationQuery query) {
            return QUOTE;
        }
    }

    @BeforeEach
    void setUp() {
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(new Marketplace()).subscribe(bus);
        QueryGateway queries = DefaultQueryGateway.builder().queryBus(bus).build();
        applications = new Applications(null, queries, new Billing(null, queries, null), null);
        ApplicationDesign draft = ApplicationDesign.draft("Trace goods", "")
                .withNodes(List.of(new NodeResources("node-a", new Capacity(10, 0, 0))));
        design = withChaincode(draft, ChaincodeSource.marketplacePackage(FABRIC_ID));
    }

    private static ApplicationDesign withChaincode(ApplicationDesign d, ChaincodeSource chaincode) {
        return new ApplicationDesign(d.name(), d.description(), d.nodes(), d.years(), d.chainMode(), d.managementMode(),
                d.certificateMode(), chaincode, d.functions(), d.roles(), d.endorsement());
    }

    @Test
    void aLicensedPackageIsPriced() {
        assertThat(applications.quote("app-1", "publisher-1", design)).isEqualTo(QUOTE);
    }

    @Test
    void withoutALicenceForThisApplicationThePublisherIsToldToLicenseThePackage() {
        assertThatThrownBy(() -> applications.quote("app-2", "publisher-1", design))
                .isInstanceOf(DomainException.class)
                .hasMessage("You hold no licence for package Trace; license it in the marketplace first");
        assertThatThrownBy(() -> applications.quote("app-1", "publisher-2", design))
                .isInstanceOf(DomainException.class).hasMessageContaining("no licence for package Trace");
    }

    @Test
    void aPackageTheMarketplaceDoesNotKnowIsNamed() {
        ApplicationDesign unknown = withChaincode(design, ChaincodeSource.marketplacePackage("other_1.0:00"));
        assertThatThrownBy(() -> applications.quote("app-1", "publisher-1", unknown))
                .isInstanceOf(DomainException.class)
                .hasMessage("Chaincode package other_1.0:00 is not in the marketplace; choose a listed package");
    }

    @Test
    void theBaseChaincodeNeedsNoLicence() {
        assertThat(applications.quote("app-9", "publisher-9", withChaincode(design, ChaincodeSource.base()))).isEqualTo(QUOTE);
    }
}
