package org.openbsn.marketplace.licence;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.annotation.security.RolesAllowed;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.openbsn.billing.api.FindOrderQuery;
import org.openbsn.billing.api.OrderView;
import org.openbsn.infra.axon.ReadYourWrites;
import org.openbsn.infra.error.DomainException;
import org.openbsn.marketplace.api.*;
import org.springframework.stereotype.Component;

/**
 * Licences over the command and query gateways. A paid licence is answered once its billing order is readable,
 * so the portal can send the buyer to checkout next.
 */
@Component
class LicenceService implements Licences {

    private static final Duration ORDER_PATIENCE = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(50);

    private final ReadYourWrites readYourWrites;
    private final QueryGateway queries;

    LicenceService(ReadYourWrites readYourWrites, QueryGateway queries) {
        this.readYourWrites = readYourWrites;
        this.queries = queries;
    }

    @Override
    @RolesAllowed(PUBLISHER)
    public LicenceView requestLicence(String buyerId, String packageId, LicenceScope scope, String applicationId,
                                      int years) {
        String licenceId = LicenceCommandHandler.LICENCE_ID_PREFIX + UUID.randomUUID();
        String orderId = LicenceCommandHandler.ORDER_ID_PREFIX + UUID.randomUUID();
        LicenceView licence = readYourWrites.send(new RequestLicenceCommand(licenceId, packageId, buyerId, scope,
                        applicationId, years, orderId), new FindLicenceQuery(licenceId), LicenceView.class, LicenceView::version)
                .orElseThrow(() -> new IllegalStateException("Licence " + licenceId + " is saved but not yet readable"));
        return licence.status() == LicenceStatus.AWAITING_PAYMENT ? awaitOrder(licence) : licence;
    }

    @Override
    @RolesAllowed(PUBLISHER)
    public List<LicenceView> licencesOf(String buyerId) {
        return join(queries.query(new FindLicencesByBuyerQuery(buyerId), ResponseTypes.multipleInstancesOf(LicenceView.class)));
    }

    @Override
    @RolesAllowed(PUBLISHER)
    public Optional<LicenceView> licence(String licenceId, String buyerId) {
        Optional<LicenceView> licence = find(licenceId);
        licence.filter(l -> !l.buyerId().equals(buyerId)).ifPresent(l -> {
            throw new DomainException("licence.not-buyer", "Licence " + licenceId + " belongs to another buyer; only its buyer may see it",
                    licenceId);
        });
        return licence;
    }

    @Override
    public Optional<LicenceView> usableLicence(String buyerId, String packageId, String applicationId) {
        return join(queries.query(new FindUsableLicenceQuery(buyerId, packageId, applicationId),
                ResponseTypes.optionalInstanceOf(LicenceView.class)));
    }

    /** Waits (polling, with a deadline) until billing shows the licence's order, or the licence was revoked for failing it. */
    private LicenceView awaitOrder(LicenceView licence) {
        long deadline = System.nanoTime() + ORDER_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (join(queries.query(new FindOrderQuery(licence.orderId()), ResponseTypes.optionalInstanceOf(OrderView.class)))
                    .isPresent()) {
                return find(licence.licenceId()).orElse(licence);
            }
            Optional<LicenceView> now = find(licence.licenceId());
            if (now.isPresent() && now.get().status() == LicenceStatus.REVOKED) {
                throw new DomainException("licence.order-failed", "Licence of " + licence.packageName()
                        + " could not be ordered: " + now.get().statusReason(), licence.packageName(), now.get().statusReason());
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new DomainException("licence.order-late", "The order for your licence of " + licence.packageName()
                + " is not ready yet; find it under your licences in a moment", licence.packageName());
    }

    private Optional<LicenceView> find(String licenceId) {
        return join(queries.query(new FindLicenceQuery(licenceId), ResponseTypes.optionalInstanceOf(LicenceView.class)));
    }

    /** Answers the query's result, or throws the handler's refusal itself rather than a wrapper. */
    private static <T> T join(CompletableFuture<T> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
