package org.openbsn.marketplace.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.openbsn.infra.error.Reason;
import org.openbsn.marketplace.api.*;
import org.openbsn.marketplace.query.PackageDocument.VersionDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The packages read model behind the author's dashboard, listings, the operator's review queue and lookups. */
@Component
@ProcessingGroup(PackageProjection.NAME)
class PackageProjection {

    static final String NAME = "marketplace-packages";

    private final JdbcClient jdbc;
    private final QueryUpdateEmitter emitter;
    private final ObjectMapper json = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    PackageProjection(JdbcClient jdbc, QueryUpdateEmitter emitter) {
        this.jdbc = jdbc;
        this.emitter = emitter;
    }

    @EventHandler
    void on(PackageVersionSubmittedEvent event, @SequenceNumber long sequence) {
        PackageDocument document = load(event.packageId()).orElseGet(() -> {
            PackageDocument created = new PackageDocument();
            created.packageId = event.packageId();
            created.authorId = event.authorId();
            created.createdAt = event.submittedAt();
            return created;
        });
        if (document.version(event.version()).isPresent()) {
            return; // already reflected
        }
        VersionDocument version = new VersionDocument();
        version.version = event.version();
        version.changelog = event.changelog();
        version.manifest = event.manifest();
        version.pricing = event.pricing();
        version.fabricPackageId = event.fabricPackageId();
        version.sha256 = event.sha256();
        version.sizeBytes = event.sizeBytes();
        version.status = VersionStatus.CHECKING;
        version.statusDetail = null;
        version.submittedAt = event.submittedAt();
        document.versions.add(0, version);
        document.name = event.manifest().name().strip();
        save(document, sequence);
        saveVersion(document, version);
    }

    @EventHandler
    void on(PackageVersionCheckedEvent event, @SequenceNumber long sequence) {
        decide(event.packageId(), event.version(), sequence,
                event.passed() ? VersionStatus.AWAITING_REVIEW : VersionStatus.CHECK_FAILED, event.detail(),
                event.checkedAt());
    }

    @EventHandler
    void on(PackageVersionApprovedEvent event, @SequenceNumber long sequence) {
        decide(event.packageId(), event.version(), sequence, VersionStatus.APPROVED, null, event.approvedAt());
    }

    @EventHandler
    void on(PackageVersionRejectedEvent event, @SequenceNumber long sequence) {
        decide(event.packageId(), event.version(), sequence, VersionStatus.REJECTED, Reason.verbatim(event.reason()),
                event.rejectedAt());
    }

    @EventHandler
    void on(PackageRatedEvent event, @SequenceNumber long sequence) {
        change(event.packageId(), sequence, d -> d.reviews.put(event.raterId(),
                new PackageReview(event.raterId(), event.stars(), event.text(), event.ratedAt())));
    }

    @EventHandler
    void on(PackageLicensedEvent event, @SequenceNumber long sequence) {
        change(event.packageId(), sequence, d -> d.licences++);
    }

    @EventHandler
    void on(PackageDownloadedEvent event, @SequenceNumber long sequence) {
        change(event.packageId(), sequence, d -> d.downloads++);
    }

    @EventHandler
    void on(PackageDeployedEvent event, @SequenceNumber long sequence) {
        change(event.packageId(), sequence, d -> d.deployments++);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from marketplace_version_view").update();
        jdbc.sql("delete from marketplace_package_view").update();
    }

    @QueryHandler
    Optional<PackageView> handle(FindPackageQuery query) {
        return jdbc.sql("select document, version from marketplace_package_view where package_id = :id")
                .param("id", query.packageId())
                .query((rs, row) -> read(rs.getString("document")).view(rs.getLong("version")))
                .optional();
    }

    @QueryHandler
    List<PackageView> handle(FindPackagesByAuthorQuery query) {
        return jdbc.sql("""
                        select document, version from marketplace_package_view where author_id = :author
                        order by created_at desc, package_id""")
                .param("author", query.authorId())
                .query((rs, row) -> read(rs.getString("document")).view(rs.getLong("version")))
                .list();
    }

    @QueryHandler
    List<PackageVersionView> handle(FindVersionsAwaitingReviewQuery query) {
        return jdbc.sql("""
                        select p.document, v.version from marketplace_version_view v
                        join marketplace_package_view p on p.package_id = v.package_id
                        where v.status = 'AWAITING_REVIEW' order by v.submitted_at, v.fabric_package_id""")
                .query((rs, row) -> versionView(read(rs.getString("document")), rs.getString("version")))
                .list();
    }

    @QueryHandler
    Optional<PackageVersionView> handle(FindPackageVersionByFabricIdQuery query) {
        return jdbc.sql("""
                        select p.document, v.version from marketplace_version_view v
                        join marketplace_package_view p on p.package_id = v.package_id
                        where v.fabric_package_id = :id""")
                .param("id", query.fabricPackageId())
                .query((rs, row) -> versionView(read(rs.getString("document")), rs.getString("version")))
                .optional();
    }

    private static PackageVersionView versionView(PackageDocument document, String version) {
        return document.view(document.version(version).orElseThrow());
    }

    private void decide(String packageId, String version, long sequence, VersionStatus status, Reason detail,
                        Instant at) {
        change(packageId, sequence, d -> d.version(version).ifPresent(v -> {
            v.status = status;
            v.statusDetail = detail;
            v.decidedAt = at;
            saveVersion(d, v);
        }));
    }

    private void change(String packageId, long sequence, Consumer<PackageDocument> change) {
        jdbc.sql("select document, version from marketplace_package_view where package_id = :id for update")
                .param("id", packageId)
                .query((rs, row) -> rs.getLong("version") < sequence ? read(rs.getString("document")) : null)
                .optional()
                .ifPresent(document -> {
                    change.accept(document);
                    save(document, sequence);
                });
    }

    private Optional<PackageDocument> load(String packageId) {
        return jdbc.sql("select document from marketplace_package_view where package_id = :id")
                .param("id", packageId)
                .query((rs, row) -> read(rs.getString("document")))
                .optional();
    }

    private void save(PackageDocument document, long sequence) {
        jdbc.sql("""
                        insert into marketplace_package_view (package_id, author_id, name, document, created_at, version)
                        values (:id, :author, :name, cast(:document as jsonb), :created, :version)
                        on conflict (package_id) do update set name = excluded.name, document = excluded.document,
                            version = excluded.version""")
                .param("id", document.packageId).param("author", document.authorId).param("name", document.name)
                .param("document", write(document)).param("created", Timestamp.from(document.createdAt))
                .param("version", sequence)
                .update();
        PackageView view = document.view(sequence);
        emitter.emit(FindPackageQuery.class, query -> query.packageId().equals(document.packageId), view);
    }

    private void saveVersion(PackageDocument document, VersionDocument version) {
        jdbc.sql("""
                        insert into marketplace_version_view (fabric_package_id, package_id, version, status, submitted_at)
                        values (:fabric, :package, :version, :status, :submitted)
                        on conflict (fabric_package_id) do update set status = excluded.status""")
                .param("fabric", version.fabricPackageId).param("package", document.packageId)
                .param("version", version.version).param("status", version.status.name())
                .param("submitted", Timestamp.from(version.submittedAt))
                .update();
    }

    private PackageDocument read(String text) {
        try {
            return json.readValue(text, PackageDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("marketplace_package_view holds a document that cannot be read", e);
        }
    }

    private String write(PackageDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a package document cannot be written", e);
        }
    }
}
