package org.openbsn.marketplace.licence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.openbsn.billing.api.FindLicenceTermsQuery;
import org.openbsn.billing.api.LicenceTerms;
import org.openbsn.infra.error.Reason;
import org.openbsn.infra.error.ReasonColumn;
import org.openbsn.infra.money.Money;
import org.openbsn.marketplace.api.*;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The licence read model: a buyer's licences, whether one covers a package for an application, and billing's terms. */
@Component
@ProcessingGroup(LicenceProjection.NAME)
class LicenceProjection {

    static final String NAME = "licence-view";

    private static final RowMapper<LicenceView> ROW = (rs, row) -> new LicenceView(
            rs.getString("licence_id"),
            rs.getString("package_id"),
            rs.getString("package_name"),
            rs.getString("buyer_id"),
            LicenceScope.valueOf(rs.getString("scope")),
            rs.getString("application_id"),
            new Pricing(PriceType.valueOf(rs.getString("price_type")),
                    new Money(rs.getBigDecimal("price"), rs.getString("currency"))),
            rs.getInt("years"),
            rs.getString("order_id"),
            LicenceStatus.valueOf(rs.getString("status")),
            ReasonColumn.read(rs.getString("status_reason")),
            rs.getTimestamp("requested_at").toInstant(),
            instant(rs.getTimestamp("granted_at")),
            instant(rs.getTimestamp("valid_until")),
            rs.getLong("version"));

    /** A yearly licence stops covering at its end, even before the expiry watch marks it expired. */
    private static final String NOT_ENDED = "(valid_until is null or valid_until > :now)";

    private final JdbcClient jdbc;
    private final QueryUpdateEmitter emitter;

    LicenceProjection(JdbcClient jdbc, QueryUpdateEmitter emitter) {
        this.jdbc = jdbc;
        this.emitter = emitter;
    }

    @EventHandler
    void on(LicenceRequestedEvent event, @SequenceNumber long version) {
        jdbc.sql("""
                insert into licence_view (licence_id, package_id, package_name, author_id, buyer_id, scope,
                    application_id, price_type, price, currency, years, order_id, status, requested_at, version)
                values (:id, :package, :name, :author, :buyer, :scope, :application, :type, :price, :currency, :years,
                    :order, 'AWAITING_PAYMENT', :at, :version)
                on conflict (licence_id) do nothing""")
                .param("id", event.licenceId()).param("package", event.packageId()).param("name", event.packageName())
                .param("author", event.authorId()).param("buyer", event.buyerId()).param("scope", event.scope().name())
                .param("application", event.applicationId()).param("type", event.pricing().type().name())
                .param("price", event.pricing().price().amount()).param("currency", event.pricing().price().currency())
                .param("years", event.years()).param("order", event.orderId())
                .param("at", Timestamp.from(event.requestedAt())).param("version", version)
                .update();
        emit(event.licenceId());
    }

    @EventHandler
    void on(LicenceGrantedEvent event, @SequenceNumber long version) {
        jdbc.sql("""
                update licence_view set status = 'ACTIVE', status_reason = null, granted_at = :granted,
                    valid_until = :until, version = :version
                where licence_id = :id and version < :version""")
                .param("id", event.licenceId()).param("granted", Timestamp.from(event.grantedAt()))
                .param("until", event.validUntil() == null ? null : Timestamp.from(event.validUntil()))
                .param("version", version)
                .update();
        emit(event.licenceId());
    }

    @EventHandler
    void on(LicenceExpiredEvent event, @SequenceNumber long version) {
        setStatus(event.licenceId(), LicenceStatus.EXPIRED, null, version);
    }

    @EventHandler
    void on(LicenceRevokedEvent event, @SequenceNumber long version) {
        setStatus(event.licenceId(), LicenceStatus.REVOKED, event.reason(), version);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from licence_view").update();
    }

    @QueryHandler
    Optional<LicenceView> handle(FindLicenceQuery query) {
        return jdbc.sql("select * from licence_view where licence_id = :id").param("id", query.licenceId())
                .query(ROW).optional();
    }

    @QueryHandler
    List<LicenceView> handle(FindLicencesByBuyerQuery query) {
        return jdbc.sql("select * from licence_view where buyer_id = :buyer order by requested_at desc, licence_id")
                .param("buyer", query.buyerId()).query(ROW).list();
    }

    /** Publisher scope covers every application; an application licence only its own. No application: any of theirs. */
    @QueryHandler
    Optional<LicenceView> handle(FindUsableLicenceQuery query) {
        boolean anyApplication = query.applicationId() == null || query.applicationId().isBlank();
        return jdbc.sql("""
                        select * from licence_view
                        where buyer_id = :buyer and package_id = :package and status = 'ACTIVE' and """ + NOT_ENDED + """
                          and (scope = 'PUBLISHER' or :any or application_id = :application)
                        order by scope desc, granted_at, licence_id limit 1""")
                .param("buyer", query.buyerId()).param("package", query.packageId()).param("any", anyApplication)
                .param("now", Timestamp.from(Instant.now()))
                .param("application", anyApplication ? "" : query.applicationId())
                .query(ROW).optional();
    }

    /** What billing charges for a licence waiting for its payment; nothing for one that is free, paid or revoked. */
    @QueryHandler
    Optional<LicenceTerms> handle(FindLicenceTermsQuery query) {
        return jdbc.sql("""
                        select * from licence_view
                        where licence_id = :id and status = 'AWAITING_PAYMENT' and price_type <> 'FREE'""")
                .param("id", query.licenceId())
                .query((rs, row) -> new LicenceTerms(rs.getString("licence_id"), rs.getString("author_id"),
                        rs.getString("package_id"), rs.getString("package_name"),
                        new Money(rs.getBigDecimal("price"), rs.getString("currency")), rs.getInt("years")))
                .optional();
    }

    /** An active licence of the buyer for the package with publisher scope: one that covers every application. */
    Optional<LicenceView> publisherLicence(String buyerId, String packageId) {
        return jdbc.sql("""
                        select * from licence_view
                        where buyer_id = :buyer and package_id = :package and status = 'ACTIVE' and scope = 'PUBLISHER'
                          and """ + NOT_ENDED + """
                        limit 1""")
                .param("buyer", buyerId).param("package", packageId).param("now", Timestamp.from(Instant.now()))
                .query(ROW).optional();
    }

    /** Active yearly licences whose paid years ended by {@code now}. */
    List<String> endedBy(Instant now) {
        return jdbc.sql("select licence_id from licence_view where status = 'ACTIVE' and valid_until <= :now")
                .param("now", Timestamp.from(now)).query(String.class).list();
    }

    private void setStatus(String licenceId, LicenceStatus status, Reason reason, long version) {
        jdbc.sql("""
                update licence_view set status = :status, status_reason = :reason, version = :version
                where licence_id = :id and version < :version""")
                .param("id", licenceId).param("status", status.name()).param("reason", ReasonColumn.write(reason))
                .param("version", version)
                .update();
        emit(licenceId);
    }

    private void emit(String licenceId) {
        handle(new FindLicenceQuery(licenceId)).ifPresent(view ->
                emitter.emit(FindLicenceQuery.class, q -> q.licenceId().equals(licenceId), view));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
