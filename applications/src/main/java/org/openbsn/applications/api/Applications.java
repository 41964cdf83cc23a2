package org.openbsn.applications.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.openbsn.billing.api.Billing;
import org.openbsn.billing.api.OrderSubject;
import org.openbsn.billing.api.Quote;
import org.openbsn.billing.api.QuoteItem;
import org.openbsn.billing.api.SubjectKind;
import org.openbsn.infra.axon.ReadYourWrites;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.marketplace.api.FindPackageQuery;
import org.openbsn.marketplace.api.FindPackageVersionByFabricIdQuery;
import org.openbsn.marketplace.api.FindUsableLicenceQuery;
import org.openbsn.marketplace.api.LicenceView;
import org.openbsn.marketplace.api.PackageVersionView;
import org.openbsn.marketplace.api.PackageView;
import org.openbsn.marketplace.api.VersionStatus;
import org.openbsn.orderingbridge.api.ChaincodeSource;
import org.openbsn.orderingbridge.api.ChannelView;
import org.openbsn.orderingbridge.api.FindChannelQuery;
import org.springframework.stereotype.Component;

/** What the portal does with applications: drafts, quotes and orders, publishing progress, and participants. */
@Component
public class Applications {

    public static final String PUBLISHER = "PUBLISHER";
    public static final String PARTICIPANT = "PARTICIPANT";
    public static final String OPERATOR = "OPERATOR";

    private final ReadYourWrites readYourWrites;
    private final QueryGateway queries;
    private final Billing billing;
    private final CheckoutHolds holds;

    Applications(ReadYourWrites readYourWrites, QueryGateway queries, Billing billing, CheckoutHolds holds) {
        this.readYourWrites = readYourWrites;
        this.queries = queries;
        this.billing = billing;
        this.holds = holds;
    }

    /** Starts a draft with the base chaincode and its SysAdmin role. */
    @RolesAllowed(PUBLISHER)
    public ApplicationView createDraft(String publisherId, String name, String description) {
        String applicationId = UUID.randomUUID().toString();
        return saveDraft(applicationId, publisherId, ApplicationDesign.draft(name, description));
    }

    @RolesAllowed(PUBLISHER)
    public ApplicationView saveDraft(String applicationId, String publisherId, ApplicationDesign design) {
        return change(new SaveApplicationDraftCommand(applicationId, publisherId, design), applicationId);
    }

    /** The itemised price of the publisher's design; refused also when its marketplace package is not licensed to them. */
    @RolesAllowed(PUBLISHER)
    public Quote quote(String applicationId, String publisherId, ApplicationDesign design) {
        InvalidInputException.throwIfAny(ApplicationRules.orderViolations(design));
        requireLicence(publisherId, applicationId, design);
        return billing.quote(items(design), design.years(), applicationId);
    }

    /**
     * Holds the draft's capacity on every node, places the order (billing prices it) and marks the application as
     * awaiting its payment; returns the URL where the publisher pays. Capacity taken by someone else since the quote
     * refuses the order, naming the node and what is free, before any money moves.
     */
    @RolesAllowed(PUBLISHER)
    public String order(String applicationId, String publisherId, String returnUrl) {
        ApplicationView application = owned(applicationId, publisherId);
        InvalidInputException.throwIfAny(ApplicationRules.orderViolations(application.design()));
        requireLicence(publisherId, applicationId, application.design());
        String orderId = "order-" + UUID.randomUUID();
        List<QuoteItem> items = items(application.design());
        holds.hold(orderId, applicationId, items);
        try {
            billing.placeApplicationOrder(orderId, publisherId, new OrderSubject(SubjectKind.APPLICATION, applicationId),
                    items, application.design().years());
            change(new SubmitApplicationOrderCommand(applicationId, publisherId, orderId), applicationId);
            return billing.checkout(orderId, publisherId, returnUrl);
        } catch (RuntimeException refused) {
            holds.release(orderId, items);
            throw refused;
        }
    }

    /** Places a renewal order for the same resources for {@code years} more; returns the URL where the publisher pays. */
    @RolesAllowed(PUBLISHER)
    public String renew(String applicationId, String publisherId, int years, String returnUrl) {
        ApplicationView application = owned(applicationId, publisherId);
        String orderId = "order-" + UUID.randomUUID();
        billing.placeApplicationOrder(orderId, publisherId, new OrderSubject(SubjectKind.APPLICATION_RENEWAL, applicationId),
                items(application.design()), years);
        change(new SubmitRenewalOrderCommand(applicationId, publisherId, orderId, years), applicationId);
        return billing.checkout(orderId, publisherId, returnUrl);
    }

    /**
     * Starts upgrading a live application to a newer approved version of its package (Fabric package id), with that
     * version's functions and roles; refused when the publisher holds no usable licence of the package.
     */
    @RolesAllowed(PUBLISHER)
    public ApplicationView upgrade(String applicationId, String publisherId, String fabricPackageId,
                                   List<ApplicationFunction> functions, List<ApplicationRole> roles) {
        ApplicationView application = owned(applicationId, publisherId);
        requireLicence(publisherId, applicationId, application.design()
                .withChaincode(ChaincodeSource.marketplacePackage(fabricPackageId), functions, roles));
        return change(new UpgradeApplicationChaincodeCommand(applicationId, publisherId, fabricPackageId, functions, roles),
                applicationId);
    }

    /** The approved versions of the package a live application runs that are newer than the running one, newest first. */
    @RolesAllowed(PUBLISHER)
    public List<PackageVersionView> upgradesFor(String applicationId, String publisherId) {
        ApplicationView application = owned(applicationId, publisherId);
        if (!PackageRules.runsPackage(application.design())) {
            return List.of();
        }
        return version(application.design().chaincode().packageId()).flatMap(running -> queries.query(
                        new FindPackageQuery(running.packageId()), ResponseTypes.optionalInstanceOf(PackageView.class)).join()
                .map(found -> found.versions().stream().filter(v -> v.status() == VersionStatus.APPROVED
                        && v.submittedAt().isAfter(running.submittedAt())).toList()))
                .orElse(List.of());
    }

    /** The last chaincode upgrade of the application: where it stands, or why it failed. */
    public Optional<ChaincodeUpgradeView> upgradeOf(String applicationId) {
        return queries.query(new FindChaincodeUpgradeQuery(applicationId),
                ResponseTypes.optionalInstanceOf(ChaincodeUpgradeView.class)).join();
    }

    /** The marketplace's version of a Fabric package id. */
    public Optional<PackageVersionView> version(String fabricPackageId) {
        return queries.query(new FindPackageVersionByFabricIdQuery(fabricPackageId),
                ResponseTypes.optionalInstanceOf(PackageVersionView.class)).join();
    }

    @RolesAllowed(PUBLISHER)
    public ApplicationView retire(String applicationId, String publisherId) {
        return change(new RetireApplicationCommand(applicationId, publisherId), applicationId);
    }

    @RolesAllowed(OPERATOR)
    public ApplicationView suspend(String applicationId, String operatorId, String reason) {
        return change(new SuspendApplicationCommand(applicationId, operatorId, reason), applicationId);
    }

    @RolesAllowed(OPERATOR)
    public ApplicationView resume(String applicationId, String operatorId) {
        return change(new ResumeApplicationCommand(applicationId, operatorId), applicationId);
    }

    /** Every application past its draft, for operators. */
    @RolesAllowed(OPERATOR)
    public List<ApplicationView> all() {
        return queries.query(new FindAllApplicationsQuery(), ResponseTypes.multipleInstancesOf(ApplicationView.class)).join();
    }

    @RolesAllowed(PUBLISHER)
    public void invite(String applicationId, String publisherId, String accountId, List<String> roles) {
        change(new InviteParticipantCommand(applicationId, publisherId, accountId, roles), applicationId);
    }

    @RolesAllowed(PARTICIPANT)
    public void accept(String applicationId, String accountId) {
        change(new AcceptInvitationCommand(applicationId, accountId), applicationId);
    }

    @RolesAllowed(PARTICIPANT)
    public void applyToJoin(String applicationId, String accountId, String role, String note) {
        change(new ApplyToApplicationCommand(applicationId, accountId, role, note), applicationId);
    }

    @RolesAllowed(PUBLISHER)
    public void approve(String applicationId, String publisherId, String accountId, List<String> roles) {
        change(new ApproveParticipantCommand(applicationId, publisherId, accountId, roles), applicationId);
    }

    @RolesAllowed(PUBLISHER)
    public void reject(String applicationId, String publisherId, String accountId, String reason) {
        change(new RejectParticipantCommand(applicationId, publisherId, accountId, reason), applicationId);
    }

    public Optional<ApplicationView> find(String applicationId) {
        return queries.query(new FindApplicationQuery(applicationId), ResponseTypes.optionalInstanceOf(ApplicationView.class))
                .join();
    }

    public List<ApplicationView> publishedBy(String publisherId) {
        return queries.query(new FindPublisherApplicationsQuery(publisherId),
                ResponseTypes.multipleInstancesOf(ApplicationView.class)).join();
    }

    public List<ApplicationView> live() {
        return queries.query(new FindLiveApplicationsQuery(), ResponseTypes.multipleInstancesOf(ApplicationView.class))
                .join();
    }

    /** The application's channel as the ordering service sees it, with its current block height. */
    public Optional<ChannelView> channel(String channelId) {
        return queries.query(new FindChannelQuery(channelId), ResponseTypes.optionalInstanceOf(ChannelView.class)).join();
    }

    /** The application, when this publisher owns it: checked before anything is ordered for it. */
    private ApplicationView owned(String applicationId, String publisherId) {
        return find(applicationId).filter(application -> application.publisherId().equals(publisherId))
                .orElseThrow(() -> new DomainException("application.not-publisher", "Only the application's publisher may do this"));
    }

    /** A design running a marketplace package needs a usable licence of it: the publisher's, or one for this application. */
    private void requireLicence(String publisherId, String applicationId, ApplicationDesign design) {
        if (!ChaincodeSource.PACKAGE.equals(design.chaincode().kind())) {
            return;
        }
        String fabricPackageId = design.chaincode().packageId();
        PackageVersionView version = version(fabricPackageId).orElseThrow(() -> new DomainException("application.package-unknown", "Chaincode package " + fabricPackageId
                        + " is not in the marketplace; choose a listed package", fabricPackageId));
        boolean licensed = queries.query(new FindUsableLicenceQuery(publisherId, version.packageId(), applicationId),
                ResponseTypes.optionalInstanceOf(LicenceView.class)).join().isPresent();
        if (!licensed) {
            throw new DomainException("application.package-unlicensed", "You hold no licence for package "
                    + version.packageName() + "; license it in the marketplace first", version.packageName());
        }
    }

    private static List<QuoteItem> items(ApplicationDesign design) {
        return design.nodes().stream().map(node -> new QuoteItem(node.nodeId(), node.capacity())).toList();
    }

    private ApplicationView change(Object command, String applicationId) {
        return readYourWrites.send(command, new FindApplicationQuery(applicationId), ApplicationView.class,
                ApplicationView::version).orElseThrow(() -> new IllegalStateException(
                "The change to application " + applicationId + " is saved but not yet visible; reload the page"));
    }
}
