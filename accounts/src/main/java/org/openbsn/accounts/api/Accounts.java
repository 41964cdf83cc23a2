package org.openbsn.accounts.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.openbsn.infra.axon.ReadYourWrites;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.error.InvalidInputException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The accounts context as the portal uses it: sign up, sign in, change password and language. */
@Component
public class Accounts {

    private final ReadYourWrites readYourWrites;
    private final QueryGateway queries;
    private final PasswordEncoder passwordEncoder;

    public Accounts(ReadYourWrites readYourWrites, QueryGateway queries, PasswordEncoder passwordEncoder) {
        this.readYourWrites = readYourWrites;
        this.queries = queries;
        this.passwordEncoder = passwordEncoder;
    }

    /** Opens an account with self-service roles; refuses input that breaks a rule and names each field. */
    public AccountSummary signUp(String email, String displayName, String password, Set<Role> roles, String language) {
        InvalidInputException.throwIfAny(AccountRules.checkSelfServiceSignUp(email, displayName, password, roles, language));
        return open(email, displayName, password, roles, language, false);
    }

    /** Opens an operator account (used once, at first start, from configuration). */
    public AccountSummary openOperator(String email, String displayName, String password, boolean mustChangePassword) {
        return open(email, displayName, password, Set.of(Role.OPERATOR), Languages.ENGLISH, mustChangePassword);
    }

    private AccountSummary open(String email, String displayName, String password, Set<Role> roles,
                                String language, boolean mustChangePassword) {
        String accountId = UUID.randomUUID().toString();
        SignUpCommand command = new SignUpCommand(accountId, AccountRules.normaliseEmail(email), displayName.strip(),
                passwordEncoder.encode(password), Set.copyOf(roles), language, mustChangePassword);
        return readYourWrites.send(command, new FindAccountQuery(accountId), AccountSummary.class, AccountSummary::version)
                .orElseThrow(() -> new IllegalStateException("Account " + accountId + " was saved but is not yet readable"));
    }

    /** Changes a password after checking the current one. */
    public void changePassword(String accountId, String currentPassword, String newPassword) {
        AccountSummary account = find(accountId).orElseThrow();
        LoginCredentials credentials = findLogin(account.email()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, credentials.passwordHash())) {
            throw new InvalidInputException(List.of(FieldViolation.of(
                    "currentPassword", "rule.current-password", "is not your current password")));
        }
        Optional<FieldViolation> weak = AccountRules.password(newPassword);
        if (weak.isPresent()) {
            FieldViolation rule = weak.get();
            throw new InvalidInputException(List.of(
                    new FieldViolation("newPassword", rule.messageKey(), rule.englishMessage(), rule.arguments())));
        }
        if (passwordEncoder.matches(newPassword, credentials.passwordHash())) {
            throw new InvalidInputException(List.of(FieldViolation.of(
                    "newPassword", "rule.password-unchanged", "must differ from the current password")));
        }
        readYourWrites.send(new ChangePasswordCommand(accountId, passwordEncoder.encode(newPassword)),
                new FindAccountQuery(accountId), AccountSummary.class, AccountSummary::version);
    }

    public void changeLanguage(String accountId, String language) {
        AccountRules.language(language).ifPresent(v -> {
            throw new DomainException(v.messageKey(), v.englishMessage());
        });
        readYourWrites.send(new ChangePreferredLanguageCommand(accountId, language),
                new FindAccountQuery(accountId), AccountSummary.class, AccountSummary::version);
    }

    public Optional<AccountSummary> find(String accountId) {
        return queries.query(new FindAccountQuery(accountId), ResponseTypes.optionalInstanceOf(AccountSummary.class)).join();
    }

    /** The named accounts by id, for showing who did what. */
    public Map<String, AccountSummary> findAll(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return queries.query(new FindAccountsQuery(Set.copyOf(accountIds)),
                        ResponseTypes.multipleInstancesOf(AccountSummary.class)).join()
                .stream().collect(Collectors.toMap(AccountSummary::accountId, Function.identity()));
    }

    public Optional<LoginCredentials> findLogin(String email) {
        return queries.query(new FindLoginQuery(AccountRules.normaliseEmail(email)),
                ResponseTypes.optionalInstanceOf(LoginCredentials.class)).join();
    }
}
