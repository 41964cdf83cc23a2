package org.openbsn.marketplace.licence;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.error.Reason;
import org.openbsn.marketplace.api.*;

/** A publisher's licence of a package: requested at the listed price, granted (at once when free), perhaps expired or revoked. */
@Aggregate
class Licence {

    @AggregateIdentifier
    private String licenceId;
    private String packageId;
    private String buyerId;
    private LicenceScope scope;
    private String applicationId;
    private PriceType priceType;
    private int years;
    private String orderId;
    private LicenceStatus status;
    private Instant validUntil;

    Licence() {
    }

    /** Requested after the checks that need read models (see {@link LicenceCommandHandler}); a free one is granted at once. */
    Licence(RequestLicenceCommand command, ListedPackage listed, Instant now) {
        boolean free = listed.pricing().type() == PriceType.FREE;
        String application = applicationIdOf(command);
        apply(new LicenceRequestedEvent(command.licenceId(), listed.packageId(), listed.name(), listed.authorId(),
                command.buyerId(), command.scope(), application, listed.pricing(), command.years(),
                free ? null : command.orderId(), now));
        if (free) { // built from the request: a constructor's events reach the state only after it returns
            apply(new LicenceGrantedEvent(command.licenceId(), listed.packageId(), command.buyerId(), command.scope(),
                    application, now, null));
        }
    }

    static String applicationIdOf(RequestLicenceCommand command) {
        return command.scope() == LicenceScope.APPLICATION ? command.applicationId() : null;
    }

    /** True when {@code command} asks for this licence again (a re-delivery); another request under its id is refused. */
    boolean isSameRequest(RequestLicenceCommand command) {
        boolean same = buyerId.equals(command.buyerId()) && packageId.equals(command.packageId())
                && scope == command.scope() && Objects.equals(applicationId, applicationIdOf(command))
                && years == command.years() && (orderId == null || orderId.equals(command.orderId()));
        if (!same) {
            throw new DomainException("licence.id-taken", "Licence " + licenceId + " was already requested for something else",
                    licenceId);
        }
        return true;
    }

    @CommandHandler
    void handle(GrantLicenceCommand command) {
        if (status == LicenceStatus.REVOKED) {
            throw new DomainException("licence.revoked", "Licence " + licenceId + " was revoked and cannot be granted",
                    licenceId);
        }
        if (status == LicenceStatus.AWAITING_PAYMENT) {
            grant(now());
        }
    }

    @CommandHandler
    void handle(RevokeLicenceCommand command) {
        if (command.reason() == null || command.reason().text().isBlank()) {
            throw new DomainException("licence.revoke-reason", "Say why licence " + licenceId + " is revoked", licenceId);
        }
        if (status != LicenceStatus.REVOKED) {
            Reason reason = command.reason().hasKey() ? command.reason() : Reason.verbatim(command.reason().text().strip());
            apply(new LicenceRevokedEvent(licenceId, packageId, buyerId, reason, now()));
        }
    }

    @CommandHandler
    void handle(ExpireLicenceCommand command) {
        Instant now = now();
        if (status == LicenceStatus.ACTIVE && validUntil != null && !now.isBefore(validUntil)) {
            apply(new LicenceExpiredEvent(licenceId, packageId, buyerId, now));
        }
    }

    private void grant(Instant now) {
        Instant until = priceType == PriceType.YEARLY ? now.atOffset(ZoneOffset.UTC).plusYears(years).toInstant() : null;
        apply(new LicenceGrantedEvent(licenceId, packageId, buyerId, scope, applicationId, now, until));
    }

    /** Axon's clock, which the aggregate test fixture sets. */
    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    @EventSourcingHandler
    void on(LicenceRequestedEvent event) {
        licenceId = event.licenceId();
        packageId = event.packageId();
        buyerId = event.buyerId();
        scope = event.scope();
        applicationId = event.applicationId();
        priceType = event.pricing().type();
        years = event.years();
        orderId = event.orderId();
        status = LicenceStatus.AWAITING_PAYMENT;
    }

    @EventSourcingHandler
    void on(LicenceGrantedEvent event) {
        status = LicenceStatus.ACTIVE;
        validUntil = event.validUntil();
    }

    @EventSourcingHandler
    void on(LicenceExpiredEvent event) {
        status = LicenceStatus.EXPIRED;
    }

    @EventSourcingHandler
    void on(LicenceRevokedEvent event) {
        status = LicenceStatus.REVOKED;
    }
}
