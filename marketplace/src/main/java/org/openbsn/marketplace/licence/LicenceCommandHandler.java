package org.openbsn.marketplace.licence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.marketplace.api.FindUsableLicenceQuery;
import org.openbsn.marketplace.api.LicenceScope;
import org.openbsn.marketplace.api.LicenceView;
import org.openbsn.marketplace.api.PriceType;
import org.openbsn.marketplace.api.RequestLicenceCommand;
import org.springframework.stereotype.Component;

/**
 * Requests a licence: checks what needs the read models (the package is listed, and at what price; the buyer holds no
 * licence covering it yet) before the Licence is created. Answers the licence's version; asked again, the same one.
 */
@Component
class LicenceCommandHandler {

    static final String LICENCE_ID_PREFIX = "lic-";
    static final String ORDER_ID_PREFIX = "order-";
    static final int MAX_YEARS = 5;

    private final Repository<Licence> licences;
    private final EventStore events;
    private final LicensablePackages packages;
    private final LicenceProjection views;

    LicenceCommandHandler(Repository<Licence> licences, EventStore events, LicensablePackages packages,
                          LicenceProjection views) {
        this.licences = licences;
        this.events = events;
        this.packages = packages;
        this.views = views;
    }

    @CommandHandler
    long handle(RequestLicenceCommand command) throws Exception {
        checkRequest(command);
        if (exists(command.licenceId())) {
            Aggregate<Licence> existing = licences.load(command.licenceId());
            existing.execute(licence -> licence.isSameRequest(command));
            return existing.version(); // re-delivered: requested once
        }
        ListedPackage listed = packages.listed(command.packageId()).orElseThrow(() -> new DomainException(
                "licence.not-listed", "Package " + command.packageId() + " is not listed in the marketplace, so it cannot be licensed",
                command.packageId()));
        checkYears(listed, command.years());
        if (listed.pricing().type() != PriceType.FREE
                && (command.orderId() == null || !command.orderId().startsWith(ORDER_ID_PREFIX))) {
            throw new InvalidInputException(List.of(FieldViolation.of("orderId", "licence.order-id",
                    "must start with " + ORDER_ID_PREFIX, ORDER_ID_PREFIX)));
        }
        Optional<LicenceView> covering = command.scope() == LicenceScope.PUBLISHER
                ? views.publisherLicence(command.buyerId(), command.packageId())
                : views.handle(new FindUsableLicenceQuery(command.buyerId(), command.packageId(), command.applicationId()));
        if (covering.isPresent()) {
            throw new DomainException("licence.already-held", "You already hold licence " + covering.get().licenceId()
                    + " of package " + listed.name() + ", which covers this", covering.get().licenceId(), listed.name());
        }
        return licences.newInstance(() -> new Licence(command, listed, GenericEventMessage.clock.instant())).version();
    }

    private static void checkRequest(RequestLicenceCommand command) {
        List<FieldViolation> violations = new ArrayList<>();
        if (command.licenceId() == null || !command.licenceId().startsWith(LICENCE_ID_PREFIX)) {
            violations.add(FieldViolation.of("licenceId", "licence.id", "must start with " + LICENCE_ID_PREFIX,
                    LICENCE_ID_PREFIX));
        }
        if (command.buyerId() == null || command.buyerId().isBlank()) {
            violations.add(FieldViolation.of("buyerId", "licence.required", "name the buyer"));
        }
        if (command.packageId() == null || command.packageId().isBlank()) {
            violations.add(FieldViolation.of("packageId", "licence.required", "name the package"));
        }
        if (command.scope() == null) {
            violations.add(FieldViolation.of("scope", "licence.required", "say whether it covers all your applications or one"));
        } else if (command.scope() == LicenceScope.APPLICATION
                && (command.applicationId() == null || command.applicationId().isBlank())) {
            violations.add(FieldViolation.of("applicationId", "licence.application-required",
                    "name the application an application licence is for"));
        }
        InvalidInputException.throwIfAny(violations);
    }

    private static void checkYears(ListedPackage listed, int years) {
        if (listed.pricing().type() == PriceType.YEARLY && (years < 1 || years > MAX_YEARS)) {
            throw new InvalidInputException(List.of(FieldViolation.of("years", "licence.years-range",
                    "a yearly licence of " + listed.name() + " is bought for 1 to " + MAX_YEARS + " years, not " + years,
                    listed.name(), MAX_YEARS, years)));
        }
        if (listed.pricing().type() != PriceType.YEARLY && years != 1) {
            throw new InvalidInputException(List.of(FieldViolation.of("years", "licence.years-once",
                    "package " + listed.name() + " is not sold by the year; ask for 1, not " + years, listed.name(), years)));
        }
    }

    /** Asks the event store rather than loading, which would log a warning for every new licence. */
    private boolean exists(String licenceId) {
        try {
            return events.lastSequenceNumberFor(licenceId).isPresent();
        } catch (AggregateNotFoundException noEvents) {
            return false; // how Axon's test fixture says the same
        }
    }
}
