package org.openbsn.marketplace.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.infra.error.Reason;
import org.openbsn.marketplace.api.*;
import org.openbsn.marketplace.inspection.InspectedPackage;

/**
 * A chaincode package: its author, its immutable versions (strictly increasing), their review, who holds a licence
 * (and so may rate it), and the channels it was deployed on.
 */
@Aggregate
class ChaincodePackage {

    static final int CHANGELOG_MAX = 2000;
    static final int REVIEW_TEXT_MAX = 2000;
    static final int REASON_MAX = 2000;
    static final int DETAIL_MAX = 2000;

    @AggregateIdentifier
    private String packageId;
    private String authorId;
    private String name;
    private SemanticVersion latest;
    private final Map<String, VersionStatus> versions = new HashMap<>();
    private final Set<String> licences = new HashSet<>();
    private final Set<String> licensees = new HashSet<>();
    private final Set<String> deployments = new HashSet<>();

    ChaincodePackage() {
    }

    /** The first version creates the package. */
    ChaincodePackage(String packageId, UploadPackageVersionCommand command, InspectedPackage inspected) {
        submit(packageId, command, inspected);
    }

    void submit(String packageId, UploadPackageVersionCommand command, InspectedPackage inspected) {
        if (authorId != null && !authorId.equals(command.authorId())) {
            throw new DomainException("marketplace.not-author", "Only the author of " + name + " may add versions", name);
        }
        List<FieldViolation> violations = new ArrayList<>(PricingRules.check(command.pricing()));
        SemanticVersion version = SemanticVersion.parse(command.version()).orElse(null);
        if (version == null) {
            violations.add(FieldViolation.of("version", "marketplace.version.format", "'" + command.version()
                    + "' is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.0.0 or 1.1.0-beta.1)", command.version()));
        }
        String changelog = command.changelog() == null ? "" : command.changelog().strip();
        if (latest != null && changelog.isEmpty()) {
            violations.add(FieldViolation.of("changelog", "marketplace.changelog.required",
                    "a changelog is required for every version after the first"));
        } else if (changelog.length() > CHANGELOG_MAX) {
            violations.add(FieldViolation.of("changelog", "marketplace.changelog.too-long",
                    "the changelog may be at most " + CHANGELOG_MAX + " characters long", CHANGELOG_MAX));
        }
        InvalidInputException.throwIfAny(violations);
        String manifestName = inspected.manifest().name().strip();
        if (latest != null && versions.containsKey(version.toString())) {
            throw new DomainException("marketplace.version-exists", "Version " + version + " of " + manifestName
                    + " exists; versions never change, upload " + next() + " or later", version.toString(), manifestName,
                    next());
        }
        if (latest != null && version.compareTo(latest) <= 0) {
            throw new DomainException("marketplace.version-not-newer", "Version " + version + " of " + manifestName
                    + " is not newer than " + latest + ", the latest; upload " + next() + " or later",
                    version.toString(), manifestName, latest.toString(), next());
        }
        apply(new PackageVersionSubmittedEvent(packageId, command.authorId(), version.toString(), changelog,
                inspected.manifest(), command.pricing(), inspected.fabricPackageId(), inspected.sha256(),
                inspected.sizeBytes(), GenericEventMessage.clock.instant()));
    }

    private String next() {
        return new SemanticVersion(latest.major(), latest.minor(), latest.patch() + (latest.preRelease().isEmpty() ? 1 : 0),
                "").toString();
    }

    @CommandHandler
    long handle(RecordAutomaticCheckCommand command) {
        if (status(command.version()) == VersionStatus.CHECKING) { // a repeated outcome changes nothing
            Reason detail = command.detail() == null ? null : command.detail().clipped(DETAIL_MAX);
            apply(new PackageVersionCheckedEvent(packageId, command.version(), command.passed(), detail,
                    GenericEventMessage.clock.instant()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ApprovePackageVersionCommand command) {
        requireAwaitingReview(command.version(), "approved");
        apply(new PackageVersionApprovedEvent(packageId, command.version(), command.operatorId(),
                GenericEventMessage.clock.instant()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RejectPackageVersionCommand command) {
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (reason.isEmpty() || reason.length() > REASON_MAX) {
            throw new InvalidInputException(List.of(FieldViolation.of("reason", "marketplace.reason.required",
                    "a reason of 1 to " + REASON_MAX + " characters is required; the author will read it", REASON_MAX)));
        }
        requireAwaitingReview(command.version(), "rejected");
        apply(new PackageVersionRejectedEvent(packageId, command.version(), command.operatorId(), reason,
                GenericEventMessage.clock.instant()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordLicenseeCommand command) {
        if (!licences.contains(command.licenceId())) {
            apply(new PackageLicensedEvent(packageId, command.licenceId(), command.buyerId()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RatePackageCommand command) {
        if (!licensees.contains(command.raterId())) {
            throw new DomainException("marketplace.rate-not-licensee", "Only publishers holding a licence of " + name
                    + " may rate it", name);
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (command.stars() < 1 || command.stars() > 5) {
            violations.add(FieldViolation.of("stars", "marketplace.rating.stars", "a rating is 1 to 5 stars"));
        }
        String text = command.text() == null ? "" : command.text().strip();
        if (text.length() > REVIEW_TEXT_MAX) {
            violations.add(FieldViolation.of("text", "marketplace.rating.too-long", "a review may be at most "
                    + REVIEW_TEXT_MAX + " characters long", REVIEW_TEXT_MAX));
        }
        InvalidInputException.throwIfAny(violations);
        apply(new PackageRatedEvent(packageId, command.raterId(), command.stars(), text,
                GenericEventMessage.clock.instant()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordDownloadCommand command) {
        status(command.version());
        apply(new PackageDownloadedEvent(packageId, command.version(), command.actorId()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordDeploymentCommand command) {
        status(command.version());
        if (!deployments.contains(command.channelId() + "/" + command.version())) {
            apply(new PackageDeployedEvent(packageId, command.version(), command.channelId()));
        }
        return AggregateLifecycle.getVersion();
    }

    private VersionStatus status(String version) {
        VersionStatus status = versions.get(version);
        if (status == null) {
            throw new DomainException("marketplace.version-unknown", name + " has no version " + version, name, version);
        }
        return status;
    }

    private void requireAwaitingReview(String version, String decision) {
        VersionStatus status = status(version);
        if (status != VersionStatus.AWAITING_REVIEW) {
            String state = switch (status) {
                case CHECKING -> "it is still being checked";
                case CHECK_FAILED -> "it failed its automatic check";
                case APPROVED -> "it is already approved";
                case REJECTED -> "it was rejected";
                case AWAITING_REVIEW -> "";
            };
            throw new DomainException("marketplace.not-awaiting-review", "Version " + version + " of " + name
                    + " cannot be " + decision + ": " + state + "; only a version awaiting review can be", version, name,
                    status.name());
        }
    }

    @EventSourcingHandler
    void on(PackageVersionSubmittedEvent event) {
        packageId = event.packageId();
        authorId = event.authorId();
        name = event.manifest().name().strip();
        latest = SemanticVersion.parse(event.version()).orElseThrow();
        versions.put(event.version(), VersionStatus.CHECKING);
    }

    @EventSourcingHandler
    void on(PackageVersionCheckedEvent event) {
        versions.put(event.version(), event.passed() ? VersionStatus.AWAITING_REVIEW : VersionStatus.CHECK_FAILED);
    }

    @EventSourcingHandler
    void on(PackageVersionApprovedEvent event) {
        versions.put(event.version(), VersionStatus.APPROVED);
    }

    @EventSourcingHandler
    void on(PackageVersionRejectedEvent event) {
        versions.put(event.version(), VersionStatus.REJECTED);
    }

    @EventSourcingHandler
    void on(PackageLicensedEvent event) {
        licences.add(event.licenceId());
        licensees.add(event.buyerId());
    }

    @EventSourcingHandler
    void on(PackageDeployedEvent event) {
        deployments.add(event.channelId() + "/" + event.version());
    }
}
