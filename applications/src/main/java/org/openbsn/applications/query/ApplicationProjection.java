package org.openbsn.applications.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.openbsn.applications.api.*;
import org.openbsn.infra.error.Reason;
import org.openbsn.orderingbridge.api.ChaincodeSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The applications read model behind the publisher's list, the wizard, the progress view and the dashboard. */
@Component
@ProcessingGroup(ApplicationProjection.NAME)
class ApplicationProjection {

    static final String NAME = "applications";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final QueryUpdateEmitter emitter;

    ApplicationProjection(JdbcClient jdbc, ObjectMapper json, QueryUpdateEmitter emitter) {
        this.jdbc = jdbc;
        this.json = json.copy().findAndRegisterModules();
        this.emitter = emitter;
    }

    @EventHandler
    void on(ApplicationDraftSavedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        ApplicationDocument document = load(event.applicationId()).orElseGet(() -> {
            ApplicationDocument created = new ApplicationDocument();
            created.applicationId = event.applicationId();
            created.publisherId = event.publisherId();
            created.status = ApplicationStatus.DRAFT;
            created.createdAt = at;
            return created;
        });
        document.design = event.design();
        save(document, version);
    }

    @EventHandler
    void on(ApplicationOrderSubmittedEvent event, @SequenceNumber long version) {
        change(event.applicationId(), version, document -> {
            document.status = ApplicationStatus.AWAITING_PAYMENT;
            document.orderId = event.orderId();
            document.statusReason = null;
        });
    }

    @EventHandler
    void on(ApplicationPaymentFailedEvent event, @SequenceNumber long version) {
        change(event.applicationId(), version, document -> document.statusReason = event.reason());
    }

    @EventHandler
    void on(ApplicationPaidEvent event, @SequenceNumber long version) {
        change(event.applicationId(), version, document -> {
            document.status = ApplicationStatus.DEPLOYING;
            document.statusReason = null;
            document.appCode = event.appCode();
            document.channelId = event.channelId();
            document.progress.clear();
        });
    }

    @EventHandler
    void on(PublishingProgressedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.applicationId(), version, document -> {
            document.progress.removeIf(done -> done.step() == event.step());
            document.progress.add(new PublishingStepView(event.step(), at));
        });
    }

    @EventHandler
    void on(ApplicationWentLiveEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.applicationId(), version, document -> {
            document.status = ApplicationStatus.LIVE;
            document.clusterId = event.clusterId();
            document.peers = List.copyOf(event.peers());
            document.liveAt = at;
            document.expiresAt = event.expiresAt();
        });
    }

    @EventHandler
    void on(ApplicationPublishingFailedEvent event, @SequenceNumber long version) {
        change(event.applicationId(), version, document -> {
            document.status = ApplicationStatus.DRAFT;
            document.statusReason = Reason.of("reason.publishing.failed", "Publishing failed at step "
                    + event.failedStep().name() + "; everything reserved was released and the payment refunded. Why: "
                    + event.reason(),
                    Reason.of("publish.step." + event.failedStep().name(), event.failedStep().name()), event.reason());
        });
    }

    @EventHandler
    void on(ChaincodeUpgradeRequestedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.applicationId(), version, document -> document.upgrade = new ChaincodeUpgradeView(
                event.design().chaincode().packageId(), event.fromFabricPackageId(), event.sequence(),
                ChaincodeUpgradeState.UPGRADING, null, at));
    }

    @EventHandler
    void on(ChaincodeUpgradedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.applicationId(), version, document -> {
            document.design = document.design.withChaincode(ChaincodeSource.marketplacePackage(event.fabricPackageId()),
                    event.functions(), event.roles());
            document.upgrade = new ChaincodeUpgradeView(event.fabricPackageId(), document.upgrade.fromFabricPackageId(),
                    event.sequence(), ChaincodeUpgradeState.UPGRADED, null, at);
        });
    }

    @EventHandler
    void on(ChaincodeUpgradeFailedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.applicationId(), version, document -> document.upgrade = new ChaincodeUpgradeView(
                event.fabricPackageId(), document.upgrade.fromFabricPackageId(), document.upgrade.sequence(),
                ChaincodeUpgradeState.FAILED, event.reason(), at));
    }

    @EventHandler
    void on(ApplicationRenewedEvent event, @SequenceNumber long version) {
        change(event.applicationId(), version, document -> {
            document.status = ApplicationStatus.LIVE;
            document.expiresAt = event.expiresAt();
            document.statusReason = null;
        });
    }

    @EventHandler
    void on(ApplicationSuspendedEvent event, @SequenceNumber long version) {
        change(event.applicationId(), version, document -> {
            document.status = ApplicationStatus.SUSPENDED;
            document.statusReason = Reason.verbatim(event.reason());
        });
    }

    @EventHandler
    void on(ApplicationResumedEvent event, @SequenceNumber long version) {
        change(event.applicationId(), version, document -> {
            document.status = ApplicationStatus.LIVE;
            document.statusReason = null;
        });
    }

    @EventHandler
    void on(ApplicationRetiredEvent event, @SequenceNumber long version) {
        change(event.applicationId(), version, document -> {
            document.status = ApplicationStatus.RETIRED;
            document.statusReason = null;
        });
    }

    @EventHandler
    void on(ApplicationExpiredEvent event, @SequenceNumber long version) {
        change(event.applicationId(), version, document -> {
            document.status = ApplicationStatus.EXPIRED;
            document.statusReason = null;
        });
    }

    @EventHandler
    void on(ParticipantInvitedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        participant(event.applicationId(), event.accountId(), ParticipantStatus.INVITED, event.roles(), "", at, version);
    }

    @EventHandler
    void on(ParticipantAppliedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        participant(event.applicationId(), event.accountId(), ParticipantStatus.APPLIED, List.of(event.role()),
                event.note(), at, version);
    }

    @EventHandler
    void on(ParticipantJoinedApplicationEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        participant(event.applicationId(), event.accountId(), ParticipantStatus.MEMBER, event.roles(), "", at, version);
    }

    @EventHandler
    void on(ParticipantRejectedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        participant(event.applicationId(), event.accountId(), ParticipantStatus.REJECTED, List.of(), event.reason(), at,
                version);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from application_participant_view").update();
        jdbc.sql("delete from application_view").update();
    }

    @QueryHandler
    Optional<ApplicationView> handle(FindApplicationQuery query) {
        return jdbc.sql("select document, version from application_view where application_id = :id")
                .param("id", query.applicationId())
                .query((rs, row) -> read(rs.getString("document")).view(rs.getLong("version")))
                .optional();
    }

    @QueryHandler
    Optional<ChaincodeUpgradeView> handle(FindChaincodeUpgradeQuery query) {
        return load(query.applicationId()).map(document -> document.upgrade);
    }

    @QueryHandler
    List<ApplicationView> handle(FindPublisherApplicationsQuery query) {
        return jdbc.sql("select document, version from application_view where publisher_id = :publisher order by created_at desc")
                .param("publisher", query.publisherId())
                .query((rs, row) -> read(rs.getString("document")).view(rs.getLong("version")))
                .list();
    }

    @QueryHandler
    List<ApplicationView> handle(FindLiveApplicationsQuery query) {
        return jdbc.sql("select document, version from application_view where status = 'LIVE' order by name")
                .query((rs, row) -> read(rs.getString("document")).view(rs.getLong("version")))
                .list();
    }

    @QueryHandler
    List<ApplicationView> handle(FindAllApplicationsQuery query) {
        return jdbc.sql("select document, version from application_view where status <> 'DRAFT' order by created_at desc")
                .query((rs, row) -> read(rs.getString("document")).view(rs.getLong("version")))
                .list();
    }

    @QueryHandler
    List<ApplicationView> handle(FindDeployingApplicationsQuery query) {
        return jdbc.sql("select document, version from application_view where status = 'DEPLOYING'")
                .query((rs, row) -> read(rs.getString("document")).view(rs.getLong("version")))
                .list();
    }

    @QueryHandler
    List<String> handle(FindApplicationsExpiringBeforeQuery query) {
        return jdbc.sql("select application_id from application_view where status = 'LIVE' and expires_at < :moment")
                .param("moment", java.sql.Timestamp.from(query.moment()))
                .query((rs, row) -> rs.getString("application_id"))
                .list();
    }

    private void participant(String applicationId, String accountId, ParticipantStatus status, List<String> roles,
                             String note, Instant at, long version) {
        change(applicationId, version,
                document -> document.putParticipant(new ParticipantView(accountId, status, roles, note, at)));
        jdbc.sql("""
                insert into application_participant_view (application_id, account_id, status) values (:app, :account, :status)
                on conflict (application_id, account_id) do update set status = excluded.status""")
                .param("app", applicationId).param("account", accountId).param("status", status.name()).update();
    }

    private void change(String applicationId, long version, Consumer<ApplicationDocument> change) {
        load(applicationId).ifPresent(document -> {
            change.accept(document);
            save(document, version);
        });
    }

    private Optional<ApplicationDocument> load(String applicationId) {
        return jdbc.sql("select document from application_view where application_id = :id")
                .param("id", applicationId)
                .query((rs, row) -> read(rs.getString("document")))
                .optional();
    }

    private void save(ApplicationDocument document, long version) {
        jdbc.sql("""
                insert into application_view (application_id, publisher_id, status, name, document, created_at, expires_at,
                    version)
                values (:id, :publisher, :status, :name, cast(:document as jsonb), :created, :expires, :version)
                on conflict (application_id) do update set status = excluded.status, name = excluded.name,
                    document = excluded.document, expires_at = excluded.expires_at, version = excluded.version""")
                .param("id", document.applicationId).param("publisher", document.publisherId)
                .param("status", document.status.name()).param("name", document.design.name())
                .param("document", write(document)).param("created", java.sql.Timestamp.from(document.createdAt))
                .param("expires", document.expiresAt == null ? null : java.sql.Timestamp.from(document.expiresAt))
                .param("version", version)
                .update();
        ApplicationView view = document.view(version);
        emitter.emit(FindApplicationQuery.class, query -> query.applicationId().equals(document.applicationId), view);
    }

    private ApplicationDocument read(String text) {
        try {
            return json.readValue(text, ApplicationDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("application_view holds a document that cannot be read", e);
        }
    }

    private String write(ApplicationDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an application document cannot be written", e);
        }
    }
}
