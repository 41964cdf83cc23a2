package org.openbsn.marketplace.licence;

import java.sql.Timestamp;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.openbsn.infra.money.Money;
import org.openbsn.marketplace.api.PackageVersionApprovedEvent;
import org.openbsn.marketplace.api.PackageVersionSubmittedEvent;
import org.openbsn.marketplace.api.PriceType;
import org.openbsn.marketplace.api.Pricing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Licences' own small read model of the packages they may be bought for, kept from the package events: each version's
 * name, author and pricing, and which are approved. A package is listed once a version is approved; its price is the
 * latest approved version's.
 */
@Component
@ProcessingGroup(LicensablePackages.NAME)
class LicensablePackages {

    static final String NAME = "licence-packages";

    private final JdbcClient jdbc;

    LicensablePackages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PackageVersionSubmittedEvent event) {
        jdbc.sql("""
                insert into licence_package_version (package_id, version, name, author_id, price_type, price, currency)
                values (:package, :version, :name, :author, :type, :price, :currency)
                on conflict (package_id, version) do nothing""")
                .param("package", event.packageId()).param("version", event.version())
                .param("name", event.manifest().name()).param("author", event.authorId())
                .param("type", event.pricing().type().name()).param("price", event.pricing().price().amount())
                .param("currency", event.pricing().price().currency())
                .update();
    }

    @EventHandler
    void on(PackageVersionApprovedEvent event) {
        jdbc.sql("""
                update licence_package_version set approved_at = :at
                where package_id = :package and version = :version and approved_at is null""")
                .param("package", event.packageId()).param("version", event.version())
                .param("at", Timestamp.from(event.approvedAt()))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from licence_package_version").update();
    }

    /** The package as listed now, or empty when no version of it is approved. */
    Optional<ListedPackage> listed(String packageId) {
        return jdbc.sql("""
                        select * from licence_package_version where package_id = :package and approved_at is not null
                        order by approved_at desc, version desc limit 1""")
                .param("package", packageId)
                .query((rs, row) -> new ListedPackage(rs.getString("package_id"), rs.getString("name"),
                        rs.getString("author_id"), new Pricing(PriceType.valueOf(rs.getString("price_type")),
                        new Money(rs.getBigDecimal("price"), rs.getString("currency")))))
                .optional();
    }
}
