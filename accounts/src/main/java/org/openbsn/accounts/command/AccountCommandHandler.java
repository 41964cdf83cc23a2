package org.openbsn.accounts.command;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.openbsn.accounts.api.AccountRules;
import org.openbsn.accounts.api.ChangePasswordCommand;
import org.openbsn.accounts.api.SignUpCommand;
import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.error.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Handles the commands that touch credentials as well as the aggregate. Both writes share one
 * transaction: an account is never half opened.
 */
@Component
class AccountCommandHandler {

    private final Repository<Account> accounts;
    private final CredentialStore credentials;

    AccountCommandHandler(Repository<Account> accounts, CredentialStore credentials) {
        this.accounts = accounts;
        this.credentials = credentials;
    }

    @CommandHandler
    long handle(SignUpCommand command) throws Exception {
        InvalidInputException.throwIfAny(AccountRules.checkSignUp(
                command.email(), command.displayName(), command.roles(), command.language()));
        if (!credentials.claim(command.accountId(), command.email(), command.passwordHash(), command.mustChangePassword())) {
            throw new InvalidInputException(List.of(FieldViolation.of(
                    "email", "rule.email-taken", "already has an account", command.email())));
        }
        Aggregate<Account> account = accounts.newInstance(() -> new Account(command));
        return account.version();
    }

    @CommandHandler
    long handle(ChangePasswordCommand command) {
        Aggregate<Account> account = accounts.load(command.accountId());
        credentials.replacePassword(command.accountId(), command.passwordHash());
        account.execute(Account::recordPasswordChange);
        return account.version();
    }
}
