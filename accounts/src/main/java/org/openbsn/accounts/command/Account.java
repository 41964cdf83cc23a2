package org.openbsn.accounts.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Objects;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.openbsn.accounts.api.AccountSignedUpEvent;
import org.openbsn.accounts.api.ChangePreferredLanguageCommand;
import org.openbsn.accounts.api.PasswordChangedEvent;
import org.openbsn.accounts.api.PreferredLanguageChangedEvent;
import org.openbsn.accounts.api.SignUpCommand;

/** A person's account. Credentials live in {@link CredentialStore}; this records what happened. */
@Aggregate
class Account {

    @AggregateIdentifier
    private String accountId;
    private String language;

    Account() {
    }

    Account(SignUpCommand command) {
        apply(new AccountSignedUpEvent(command.accountId(), command.email(), command.displayName(),
                command.roles(), command.language()));
    }

    @CommandHandler
    long handle(ChangePreferredLanguageCommand command) {
        if (!Objects.equals(language, command.language())) {
            apply(new PreferredLanguageChangedEvent(accountId, command.language()));
        }
        return AggregateLifecycle.getVersion();
    }

    void recordPasswordChange() {
        apply(new PasswordChangedEvent(accountId));
    }

    @EventSourcingHandler
    void on(AccountSignedUpEvent event) {
        accountId = event.accountId();
        language = event.language();
    }

    @EventSourcingHandler
    void on(PreferredLanguageChangedEvent event) {
        language = event.language();
    }
}
