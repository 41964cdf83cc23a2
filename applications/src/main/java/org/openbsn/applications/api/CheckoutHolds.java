package org.openbsn.applications.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.openbsn.billing.api.QuoteItem;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.HoldNodeCapacityCommand;
import org.openbsn.noderegistry.api.ReleaseNodeCapacityHoldCommand;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Holds an order's capacity on every node before the buyer is sent to pay, so that a paid order can always be
 * served. The hold outlives the checkout ({@code bsn.billing.checkout-timeout}) by a grace period, so a payment
 * made in the checkout's last minute is still held when its news arrives.
 */
@Component
class CheckoutHolds {

    static final Duration GRACE = Duration.ofMinutes(15);

    private final CommandGateway commands;
    private final Duration checkoutTimeout;

    CheckoutHolds(CommandGateway commands, @Value("${bsn.billing.checkout-timeout:60m}") Duration checkoutTimeout) {
        this.commands = commands;
        this.checkoutTimeout = checkoutTimeout;
    }

    /** Holds every node's share, or none: a refusal (someone took the capacity since the quote) releases what was held. */
    void hold(String orderId, String applicationId, List<QuoteItem> items) {
        Instant until = Instant.now().plus(checkoutTimeout).plus(GRACE);
        List<QuoteItem> held = new ArrayList<>();
        try {
            for (QuoteItem item : items) {
                if (item.capacity() != null && !item.capacity().equals(Capacity.NONE)) {
                    commands.sendAndWait(new HoldNodeCapacityCommand(item.nodeId(), orderId, applicationId, item.capacity(),
                            until));
                    held.add(item);
                }
            }
        } catch (RuntimeException refused) {
            release(orderId, held);
            throw refused;
        }
    }

    void release(String orderId, List<QuoteItem> items) {
        for (QuoteItem item : items) {
            commands.send(new ReleaseNodeCapacityHoldCommand(item.nodeId(), orderId));
        }
    }
}
