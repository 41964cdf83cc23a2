package org.openbsn.marketplace.command;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.openbsn.infra.axon.ReadYourWrites;
import org.openbsn.infra.error.DomainException;
import org.openbsn.marketplace.api.*;
import org.openbsn.marketplace.inspection.PackageInspector;
import org.springframework.stereotype.Component;

/** The marketplace as the portal uses it; each change answers what the read model shows afterwards. */
@Component
public class MarketplaceService implements Marketplace {

    private final ReadYourWrites readYourWrites;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PackageInspector inspector;
    private final Downloads downloads;

    MarketplaceService(ReadYourWrites readYourWrites, CommandGateway commands, QueryGateway queries,
                       PackageInspector inspector, Downloads downloads) {
        this.readYourWrites = readYourWrites;
        this.commands = commands;
        this.queries = queries;
        this.inspector = inspector;
        this.downloads = downloads;
    }

    @Override
    @RolesAllowed(AUTHOR)
    public PackageVersionView upload(String authorId, byte[] packageBytes, byte[] manifestJson, String version,
                                     String changelog, Pricing pricing) {
        String packageId = PackageIds.of(authorId, inspector.readManifest(manifestJson).name());
        PackageView view = change(new UploadPackageVersionCommand(authorId, packageBytes, manifestJson, version,
                changelog, pricing), packageId);
        return version(view, version.strip());
    }

    @Override
    @RolesAllowed(AUTHOR)
    public List<PackageView> packagesOf(String authorId) {
        return queries.query(new FindPackagesByAuthorQuery(authorId), ResponseTypes.multipleInstancesOf(PackageView.class))
                .join();
    }

    @Override
    public Optional<PackageView> listing(String packageId) {
        return find(packageId).filter(view -> view.latestApproved().isPresent()).map(view -> new PackageView(
                view.packageId(), view.authorId(), view.name(), view.description(), view.category(), view.tags(),
                view.language(), view.licenceTerms(), view.pricing(),
                view.versions().stream().filter(v -> v.status() == VersionStatus.APPROVED).toList(), view.reviews(),
                view.rating(), view.ratingCount(), view.deployments(), view.downloads(), view.licences(),
                view.version()));
    }

    @Override
    @RolesAllowed(OPERATOR)
    public List<PackageVersionView> awaitingReview() {
        return queries.query(new FindVersionsAwaitingReviewQuery(),
                ResponseTypes.multipleInstancesOf(PackageVersionView.class)).join();
    }

    @Override
    @RolesAllowed(OPERATOR)
    public PackageVersionView approve(String packageId, String version, String operatorId) {
        return version(change(new ApprovePackageVersionCommand(packageId, version, operatorId), packageId), version);
    }

    @Override
    @RolesAllowed(OPERATOR)
    public PackageVersionView reject(String packageId, String version, String operatorId, String reason) {
        return version(change(new RejectPackageVersionCommand(packageId, version, operatorId, reason), packageId),
                version);
    }

    @Override
    public PackageSearchResult search(SearchPackagesQuery query) {
        return queries.query(query, PackageSearchResult.class).join();
    }

    @Override
    @RolesAllowed(PUBLISHER)
    public PackageView rate(String packageId, String raterId, int stars, String text) {
        return change(new RatePackageCommand(packageId, raterId, stars, text), packageId);
    }

    @Override
    public Optional<PackageDownload> download(String packageId, String version, String actorId) {
        Optional<PackageVersionView> found = find(packageId).flatMap(view -> view.versions().stream()
                .filter(v -> v.version().equals(version)).findFirst());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<PackageDownload> file = downloads.file(found.get(), actorId);
        file.ifPresent(ignored -> commands.sendAndWait(new RecordDownloadCommand(packageId, version, actorId)));
        return file;
    }

    @Override
    public Optional<PackageVersionView> versionByFabricId(String fabricPackageId) {
        return queries.query(new FindPackageVersionByFabricIdQuery(fabricPackageId),
                ResponseTypes.optionalInstanceOf(PackageVersionView.class)).join();
    }

    private Optional<PackageView> find(String packageId) {
        return queries.query(new FindPackageQuery(packageId), ResponseTypes.optionalInstanceOf(PackageView.class)).join();
    }

    private PackageView change(Object command, String packageId) {
        return readYourWrites.send(command, new FindPackageQuery(packageId), PackageView.class, PackageView::version)
                .or(() -> find(packageId))
                .orElseThrow(() -> new DomainException("marketplace.not-yet-shown",
                        "The change is saved but not shown yet; reload in a moment"));
    }

    private static PackageVersionView version(PackageView view, String version) {
        return view.versions().stream().filter(v -> v.version().equals(version)).findFirst()
                .orElseThrow(() -> new DomainException("marketplace.not-yet-shown",
                        "The change is saved but not shown yet; reload in a moment"));
    }
}
