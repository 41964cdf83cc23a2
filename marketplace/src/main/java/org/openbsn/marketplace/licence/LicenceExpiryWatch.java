package org.openbsn.marketplace.licence;

import java.time.Instant;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.openbsn.marketplace.api.ExpireLicenceCommand;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Once a minute, active yearly licences whose paid years are over are expired (the Licence checks the date again). */
@Component
class LicenceExpiryWatch {

    private final LicenceProjection licences;
    private final CommandGateway commands;

    LicenceExpiryWatch(LicenceProjection licences, CommandGateway commands) {
        this.licences = licences;
        this.commands = commands;
    }

    @Scheduled(fixedDelayString = "${bsn.marketplace.licence-expiry-check:60s}")
    void expireEnded() {
        licences.endedBy(Instant.now()).forEach(licenceId -> commands.send(new ExpireLicenceCommand(licenceId)));
    }
}
