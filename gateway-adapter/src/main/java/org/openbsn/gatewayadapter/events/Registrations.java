package org.openbsn.gatewayadapter.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.openbsn.applications.api.ApplicationFunction;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.applications.api.FunctionType;
import org.openbsn.gatewayadapter.api.EventSubscriptionType;
import org.openbsn.gatewayadapter.api.GatewayApplicationView;
import org.openbsn.gatewayadapter.api.GatewayMemberView;
import org.openbsn.gatewayadapter.api.RegisterEventSubscriptionCommand;
import org.openbsn.gatewayadapter.ledger.LedgerClient;
import org.openbsn.gatewayadapter.ledger.LedgerException;
import org.openbsn.gatewayadapter.ledger.LedgerIdentity;
import org.openbsn.gatewayadapter.protocol.GatewayDirectory;
import org.openbsn.gatewayadapter.protocol.GatewayRefusal;
import org.openbsn.gatewayadapter.protocol.GatewayReply;
import org.openbsn.gatewayadapter.protocol.GatewayRequest;
import org.springframework.stereotype.Component;

/**
 * What event/register and blockRegister share: the notify URL, attachArgs and per-participant limit
 * are checked, the subscription starts at the channel's next block, and the reply is {@code {eventId}}.
 * A chaincode-event subscription needs a role that includes one of the application's EVENT functions.
 */
@Component
class Registrations {

    static final int LONGEST_ATTACH_ARGS = 1024;

    private final GatewayDirectory directory;
    private final EventSubscriptions subscriptions;
    private final LedgerClient ledger;
    private final LedgerIdentity reader;
    private final EventsProperties properties;
    private final EventFollowers followers;

    Registrations(GatewayDirectory directory, EventSubscriptions subscriptions, LedgerClient ledger,
                  LedgerIdentity reader, EventsProperties properties, EventFollowers followers) {
        this.directory = directory;
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.reader = reader;
        this.properties = properties;
        this.followers = followers;
    }

    GatewayApplicationView application(GatewayRequest request) {
        return directory.application(request.appCode())
                .orElseThrow(() -> new GatewayRefusal("unknown application " + request.appCode()));
    }

    /** Empty when one of the caller's roles includes an EVENT function; otherwise why not, naming roles and functions. */
    Optional<String> eventPermissionDenial(GatewayApplicationView app, String userCode) {
        List<String> eventFunctions = app.functions().stream().filter(f -> f.type() == FunctionType.EVENT)
                .map(ApplicationFunction::name).toList();
        if (eventFunctions.isEmpty()) {
            return Optional.of("application " + app.appCode() + " defines no EVENT function, so its chaincode events"
                    + " cannot be subscribed to");
        }
        List<String> roles = directory.member(app.appCode(), userCode).map(GatewayMemberView::roles).orElse(List.of());
        boolean allowed = roles.stream().map(app::role).flatMap(Optional::stream).map(ApplicationRole::functions)
                .anyMatch(functions -> functions.stream().anyMatch(eventFunctions::contains));
        if (allowed) {
            return Optional.empty();
        }
        String functions = String.join(", ", eventFunctions);
        if (roles.isEmpty()) {
            return Optional.of("user " + userCode + " has no role in application " + app.appCode()
                    + ", so it may not subscribe to chaincode events (EVENT functions: " + functions + ")");
        }
        return Optional.of((roles.size() == 1 ? "role " : "roles ") + String.join(", ", roles) + " of user " + userCode
                + " in application " + app.appCode() + (roles.size() == 1 ? " does" : " do")
                + " not include an EVENT function (" + functions + "), so it may not subscribe to chaincode events");
    }

    /** Checks what both paths share, registers the subscription and answers {@code {eventId}}. */
    GatewayReply register(GatewayRequest request, GatewayApplicationView app, EventSubscriptionType type, String chaincode,
                          String eventKey) {
        String notifyUrl = request.text("notifyUrl").trim();
        NotifyUrls.problem(notifyUrl, properties.callbacks().allowPrivateAddresses()).ifPresent(problem -> {
            throw new GatewayRefusal(problem);
        });
        String attachArgs = request.text("attachArgs");
        if (attachArgs.length() > LONGEST_ATTACH_ARGS) {
            throw new GatewayRefusal("attachArgs is longer than " + LONGEST_ATTACH_ARGS + " characters");
        }
        int limit = properties.events().maxPerParticipant();
        if (subscriptions.of(app.appCode(), request.userCode()).size() >= limit) {
            throw new GatewayRefusal("user " + request.userCode() + " already has " + limit + " event subscriptions in"
                    + " application " + app.appCode() + ", the most allowed; remove one first");
        }
        long nextBlock;
        try {
            nextBlock = ledger.height(reader, app.channelId());
        } catch (LedgerException failed) {
            throw new GatewayRefusal("the subscription could not start on the ledger of application " + app.appCode()
                    + ": " + failed.explained());
        }
        String eventId = UUID.randomUUID().toString().replace("-", "");
        subscriptions.register(new RegisterEventSubscriptionCommand(eventId, app.appCode(), request.userCode(), type,
                app.channelId(), chaincode, eventKey, notifyUrl, attachArgs, nextBlock, Instant.now()));
        followers.refresh();
        return GatewayReply.success(JsonNodeFactory.instance.objectNode().put("eventId", eventId), eventId);
    }
}
