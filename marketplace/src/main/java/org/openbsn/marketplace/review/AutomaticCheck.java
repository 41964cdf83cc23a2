package org.openbsn.marketplace.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.openbsn.infra.error.Reason;
import org.openbsn.infra.ledger.ChannelAdministration;
import org.openbsn.infra.ledger.LedgerConnection;
import org.openbsn.marketplace.api.ManifestFunction;
import org.openbsn.marketplace.api.PackageVersionSubmittedEvent;
import org.openbsn.marketplace.api.RecordAutomaticCheckCommand;
import org.openbsn.marketplace.api.ReviewQuery;
import org.openbsn.orderingbridge.api.ChaincodeSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks each submitted version on the ledger: opens a review channel of the portal's organisation, runs the package
 * there and asks its review query. Whatever happens, the outcome is recorded, so no version stays in CHECKING.
 * Every step may be repeated, so a check interrupted by a restart simply runs again.
 */
@Component
@ProcessingGroup(AutomaticCheck.NAME)
class AutomaticCheck {

    static final String NAME = "marketplace-automatic-check";
    static final int ANSWER_SHOWN = 500;
    private static final Logger log = LoggerFactory.getLogger(AutomaticCheck.class);

    private final ChannelAdministration ledger;
    private final LedgerConnection connection;
    private final CommandGateway commands;

    AutomaticCheck(ChannelAdministration ledger, LedgerConnection connection, CommandGateway commands) {
        this.ledger = ledger;
        this.connection = connection;
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(PackageVersionSubmittedEvent event) {
        ReviewQuery query = event.manifest().reviewQuery();
        String channel = reviewChannel(event.fabricPackageId());
        String name = chaincodeName(event.fabricPackageId());
        // the review query names a manifest function; the chaincode knows it by its chaincode function
        String function = event.manifest().functions().stream().filter(f -> f.name().equals(query.function()))
                .map(ManifestFunction::chaincodeFunction).findFirst().orElse(query.function());
        boolean passed;
        Reason detail;
        try {
            ledger.createChannel(channel, List.of(connection.mspId()));
            ledger.deployChaincode(channel, name, ChaincodeSource.PACKAGE, event.fabricPackageId(), 1);
            byte[] answer = ledger.evaluate(channel, name, function, query.args());
            passed = true;
            detail = Reason.of("reason.check.passed", "The package ran on review channel " + channel
                    + " and its review query " + query.function() + " (" + function + ") answered: " + shown(answer),
                    channel, query.function(), function, shown(answer));
        } catch (RuntimeException e) {
            log.info("Automatic check of {} {} failed: {}", event.packageId(), event.version(), e.getMessage());
            passed = false;
            detail = Reason.of("reason.check.failed", "The automatic check failed on review channel " + channel + ": "
                    + Reason.of(e), channel, Reason.of(e));
        }
        commands.sendAndWait(new RecordAutomaticCheckCommand(event.packageId(), event.version(), passed, detail));
    }

    /** A channel per package file: lower-case letters and digits, as Fabric requires. */
    static String reviewChannel(String fabricPackageId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(fabricPackageId.getBytes(StandardCharsets.UTF_8));
            return "review" + HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The chaincode's name: the package label's part before the first "_" or ":". */
    static String chaincodeName(String fabricPackageId) {
        return fabricPackageId.split("[_:]", 2)[0];
    }

    private static String shown(byte[] answer) {
        String text = answer == null ? "" : new String(answer, StandardCharsets.UTF_8);
        return text.length() <= ANSWER_SHOWN ? text : text.substring(0, ANSWER_SHOWN) + "…";
    }
}
