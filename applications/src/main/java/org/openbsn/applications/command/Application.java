package org.openbsn.applications.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Locale;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.openbsn.applications.api.*;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.error.InvalidInputException;

/**
 * A published application from draft to live: the publisher edits the draft, orders it, billing
 * confirms payment, the publishing saga reports each step, and the application goes live or back
 * to draft. Participants are kept by {@link Members}.
 */
@Aggregate
class Application {

    @AggregateIdentifier
    private String applicationId;
    private String publisherId;
    private ApplicationStatus status;
    private ApplicationDesign design;
    private String orderId;
    private String appCode;
    private String channelId;
    private Instant expiresAt;
    private final Set<String> paidOrders = new HashSet<>();
    private final Map<String, Integer> renewals = new HashMap<>();
    private final Members members = new Members();

    Application() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(SaveApplicationDraftCommand command, PackageVersions packages) {
        if (publisherId != null) {
            requirePublisher(command.publisherId());
        }
        if (status != null && status != ApplicationStatus.DRAFT) {
            throw new DomainException("application.not-draft", "Only a draft can be edited; this application is "
                    + status.name().toLowerCase(Locale.ROOT).replace('_', ' '), status.name());
        }
        InvalidInputException.throwIfAny(violations(command.design(), packages, false));
        if (!command.design().equals(design)) {
            apply(new ApplicationDraftSavedEvent(command.applicationId(), command.publisherId(), command.design()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(SubmitApplicationOrderCommand command, PackageVersions packages) {
        requirePublisher(command.publisherId());
        requireStatus(EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.AWAITING_PAYMENT), "ordered");
        InvalidInputException.throwIfAny(violations(design, packages, true));
        if (!command.orderId().equals(orderId) || status != ApplicationStatus.AWAITING_PAYMENT) {
            apply(new ApplicationOrderSubmittedEvent(applicationId, command.orderId()));
        }
        return AggregateLifecycle.getVersion();
    }

    private static List<FieldViolation> violations(ApplicationDesign design, PackageVersions packages, boolean ordering) {
        List<FieldViolation> violations = new ArrayList<>(ordering ? ApplicationRules.orderViolations(design)
                : ApplicationRules.draftViolations(design));
        violations.addAll(PackageRules.violations(design, PackageRules.runsPackage(design) && design.chaincode().packageId() != null
                ? packages.byFabricId(design.chaincode().packageId()) : Optional.empty(), ordering));
        return violations;
    }

    /** Confirmed again: nothing more. A payment for an order that was replaced by a newer one is given back. */
    @CommandHandler
    long handle(ConfirmApplicationPaymentCommand command) {
        if (status == ApplicationStatus.AWAITING_PAYMENT && command.orderId().equals(orderId)) {
            apply(new ApplicationPaidEvent(applicationId, publisherId, orderId, appCodeOf(applicationId),
                    channelIdOf(applicationId, orderId), design));
            apply(new PublishingProgressedEvent(applicationId, PublishingStep.PAYMENT_CONFIRMED));
        } else if (!command.orderId().equals(orderId) && !paidOrders.contains(command.orderId())) {
            apply(new PaymentForReplacedOrderEvent(applicationId, command.orderId()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordApplicationPaymentFailureCommand command) {
        if (status == ApplicationStatus.AWAITING_PAYMENT && command.orderId().equals(orderId)) {
            apply(new ApplicationPaymentFailedEvent(applicationId, orderId, command.reason()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordPublishingProgressCommand command) {
        if (status == ApplicationStatus.DEPLOYING) {
            apply(new PublishingProgressedEvent(applicationId, command.step()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(MarkApplicationLiveCommand command) {
        if (status == ApplicationStatus.DEPLOYING) {
            Instant expiresAt = GenericEventMessage.clock.instant().atZone(ZoneOffset.UTC).plusYears(design.years()).toInstant();
            apply(new PublishingProgressedEvent(applicationId, PublishingStep.LIVE));
            apply(new ApplicationWentLiveEvent(applicationId, appCode, channelId, command.clusterId(),
                    command.peers(), expiresAt));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(FailPublishingCommand command) {
        if (status == ApplicationStatus.DEPLOYING) {
            apply(new ApplicationPublishingFailedEvent(applicationId, orderId, command.failedStep(), command.reason()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(SubmitRenewalOrderCommand command) {
        requirePublisher(command.publisherId());
        requireStatus(EnumSet.of(ApplicationStatus.LIVE, ApplicationStatus.EXPIRED), "renewed");
        if (command.years() < 1 || command.years() > ApplicationRules.YEARS_MAX) {
            throw new DomainException("application.years.range", "Buy between 1 and " + ApplicationRules.YEARS_MAX + " years",
                    ApplicationRules.YEARS_MAX);
        }
        if (!renewals.containsKey(command.orderId())) {
            apply(new RenewalOrderedEvent(applicationId, command.orderId(), command.years()));
        }
        return AggregateLifecycle.getVersion();
    }

    /** Extends from the current expiry, or from now when the application has expired already. */
    @CommandHandler
    long handle(ConfirmRenewalPaymentCommand command) {
        Integer years = renewals.get(command.orderId());
        if (years != null && years > 0) {
            Instant now = GenericEventMessage.clock.instant();
            Instant from = expiresAt.isAfter(now) ? expiresAt : now;
            apply(new ApplicationRenewedEvent(applicationId, command.orderId(),
                    from.atZone(ZoneOffset.UTC).plusYears(years).toInstant()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ExpireApplicationCommand command) {
        if (status == ApplicationStatus.LIVE && !GenericEventMessage.clock.instant().isBefore(expiresAt)) {
            apply(new ApplicationExpiredEvent(applicationId, appCode, expiresAt));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(SuspendApplicationCommand command) {
        if (status == ApplicationStatus.SUSPENDED) {
            return AggregateLifecycle.getVersion();
        }
        requireStatus(EnumSet.of(ApplicationStatus.LIVE), "suspended");
        if (command.reason() == null || command.reason().isBlank()) {
            throw new DomainException("application.reason-required-suspend", "Say why the application is suspended");
        }
        apply(new ApplicationSuspendedEvent(applicationId, appCode, design.nodes(), command.reason().strip()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ResumeApplicationCommand command) {
        if (status == ApplicationStatus.SUSPENDED) {
            apply(new ApplicationResumedEvent(applicationId, appCode, design.nodes()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RetireApplicationCommand command) {
        requirePublisher(command.publisherId());
        if (status != ApplicationStatus.RETIRED) {
            requireStatus(EnumSet.of(ApplicationStatus.LIVE, ApplicationStatus.EXPIRED, ApplicationStatus.SUSPENDED), "retired");
            apply(new ApplicationRetiredEvent(applicationId, appCode, design.nodes()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(InviteParticipantCommand command) {
        requirePublisher(command.publisherId());
        requireStatus(EnumSet.of(ApplicationStatus.LIVE), "joined");
        members.invite(applicationId, command.accountId(), command.roles(), design.roles());
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AcceptInvitationCommand command) {
        requireStatus(EnumSet.of(ApplicationStatus.LIVE), "joined");
        members.accept(applicationId, appCode, command.accountId());
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ApplyToApplicationCommand command) {
        requireStatus(EnumSet.of(ApplicationStatus.LIVE), "joined");
        if (command.accountId().equals(publisherId)) {
            throw new DomainException("application.publisher-is-member", "The publisher is a member already");
        }
        members.applyToJoin(applicationId, command.accountId(), command.role(), command.note(), design.roles());
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ApproveParticipantCommand command) {
        requirePublisher(command.publisherId());
        requireStatus(EnumSet.of(ApplicationStatus.LIVE), "joined");
        members.approve(applicationId, appCode, command.accountId(), command.roles(), design.roles());
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RejectParticipantCommand command) {
        requirePublisher(command.publisherId());
        members.reject(applicationId, command.accountId(), command.reason());
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(ApplicationDraftSavedEvent event) {
        applicationId = event.applicationId();
        publisherId = event.publisherId();
        status = ApplicationStatus.DRAFT;
        design = event.design();
        appCode = appCodeOf(applicationId);
    }

    @EventSourcingHandler
    void on(ApplicationOrderSubmittedEvent event) {
        status = ApplicationStatus.AWAITING_PAYMENT;
        orderId = event.orderId();
    }

    @EventSourcingHandler
    void on(ApplicationPaidEvent event) {
        paidOrders.add(event.orderId());
        status = ApplicationStatus.DEPLOYING;
        channelId = event.channelId();
    }

    @EventSourcingHandler
    void on(ApplicationWentLiveEvent event) {
        status = ApplicationStatus.LIVE;
        expiresAt = event.expiresAt();
    }

    @EventSourcingHandler
    void on(RenewalOrderedEvent event) {
        renewals.put(event.orderId(), event.years());
    }

    @EventSourcingHandler
    void on(ApplicationRenewedEvent event) {
        renewals.put(event.orderId(), 0); // paid: never extended again for this order
        expiresAt = event.expiresAt();
        status = ApplicationStatus.LIVE;
    }

    @EventSourcingHandler
    void on(ApplicationSuspendedEvent event) {
        status = ApplicationStatus.SUSPENDED;
    }

    @EventSourcingHandler
    void on(ApplicationResumedEvent event) {
        status = ApplicationStatus.LIVE;
    }

    @EventSourcingHandler
    void on(ApplicationRetiredEvent event) {
        status = ApplicationStatus.RETIRED;
    }

    @EventSourcingHandler
    void on(ApplicationExpiredEvent event) {
        status = ApplicationStatus.EXPIRED;
    }

    @EventSourcingHandler
    void on(ApplicationPublishingFailedEvent event) {
        status = ApplicationStatus.DRAFT;
        orderId = null;
    }

    @EventSourcingHandler
    void on(ParticipantInvitedEvent event) {
        members.on(event);
    }

    @EventSourcingHandler
    void on(ParticipantAppliedEvent event) {
        members.on(event);
    }

    @EventSourcingHandler
    void on(ParticipantJoinedApplicationEvent event) {
        members.on(event);
    }

    @EventSourcingHandler
    void on(ParticipantRejectedEvent event) {
        members.on(event);
    }

    private void requirePublisher(String accountId) {
        if (!publisherId.equals(accountId)) {
            throw new DomainException("application.not-publisher", "Only the application's publisher may do this");
        }
    }

    private void requireStatus(EnumSet<ApplicationStatus> allowed, String what) {
        if (!allowed.contains(status)) {
            throw new DomainException("application.wrong-status", "The application cannot be " + what + " while it is "
                    + status.name().toLowerCase(Locale.ROOT).replace('_', ' '), what, status.name());
        }
    }

    /** The gateway's appCode: distinct from the application id, as aggregate ids share one namespace. */
    static String appCodeOf(String applicationId) {
        String compact = applicationId.replace("-", "").toLowerCase(Locale.ROOT);
        return "app" + compact.substring(0, Math.min(20, compact.length()));
    }

    /**
     * The channel of one publishing attempt: a valid Fabric channel name from the application and its
     * order, so publishing again after a failure starts on a fresh channel (devnet keeps the old one).
     */
    static String channelIdOf(String applicationId, String orderId) {
        String attempt = orderId.replace("order-", "").replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        return "ch" + appCodeOf(applicationId) + "-" + attempt.substring(0, Math.min(8, attempt.length()));
    }
}
