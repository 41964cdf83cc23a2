package org.openbsn.accounts.command;

import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.openbsn.accounts.api.AccountSummary;
import org.openbsn.accounts.api.FindAccountQuery;
import org.openbsn.accounts.api.FindLoginQuery;
import org.openbsn.accounts.api.LoginCredentials;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Answers the sign-in check: the stored credential joined with the account's roles. */
@Component
class LoginQueryHandler {

    private final CredentialStore credentials;
    private final QueryGateway queries;

    LoginQueryHandler(CredentialStore credentials, @Lazy QueryGateway queries) {
        this.credentials = credentials;
        this.queries = queries;
    }

    @QueryHandler
    Optional<LoginCredentials> handle(FindLoginQuery query) {
        return credentials.findByEmail(query.email()).flatMap(stored -> queries
                .query(new FindAccountQuery(stored.accountId()), ResponseTypes.optionalInstanceOf(AccountSummary.class))
                .join()
                .map(account -> new LoginCredentials(stored.accountId(), account.email(), stored.passwordHash(),
                        account.roles(), stored.mustChangePassword())));
    }
}
