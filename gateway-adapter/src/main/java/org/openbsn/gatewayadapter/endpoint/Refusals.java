package org.openbsn.gatewayadapter.endpoint;

import java.util.function.Supplier;

import org.axonframework.commandhandling.CommandExecutionException;
import org.openbsn.gatewayadapter.protocol.GatewayRefusal;
import org.openbsn.infra.error.DomainException;

/** Turns the rules' refusals into the gateway's code −1 replies, with the rule's own words. */
final class Refusals {

    private Refusals() {
    }

    static <T> T refusingOnRules(Supplier<T> action) {
        try {
            return action.get();
        } catch (DomainException refused) {
            throw new GatewayRefusal(refused.getMessage());
        } catch (CommandExecutionException failed) {
            if (failed.getCause() instanceof DomainException refused) {
                throw new GatewayRefusal(refused.getMessage());
            }
            throw failed;
        }
    }
}
