package org.openbsn.accounts.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbsn.infra.testing.Refusals.invalidField;
import static org.openbsn.infra.testing.Refusals.invalidFields;

import java.util.Set;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.accounts.api.*;
import org.openbsn.infra.testing.TestDatabase;

class AccountTest {

    private final TestDatabase db = TestDatabase.get();
    private FixtureConfiguration<Account> fixture;
    private CredentialStore credentials;
    private String accountId;
    private String email;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Account.class);
        credentials = new CredentialStore(db.jdbc());
        fixture.registerAnnotatedCommandHandler(new AccountCommandHandler(fixture.getRepository(), credentials));
        accountId = UUID.randomUUID().toString();
        email = "owner-" + accountId.substring(0, 8) + "@example.com";
    }

    private SignUpCommand signUp(String address) {
        return new SignUpCommand(accountId, address, "Li Wei", "$2a$hash", Set.of(Role.NODE_OWNER), "zh-CN", false);
    }

    @Test
    void signingUpRecordsTheAccountButNeverThePassword() {
        fixture.givenNoPriorActivity()
                .when(signUp(email))
                .expectEvents(new AccountSignedUpEvent(accountId, email, "Li Wei", Set.of(Role.NODE_OWNER), "zh-CN"))
                .expectResultMessagePayload(0L);
        assertThat(credentials.findByEmail(email)).get()
                .extracting(CredentialStore.StoredCredential::passwordHash).isEqualTo("$2a$hash");
    }

    @Test
    void oneAddressIsOneAccount() {
        credentials.claim(UUID.randomUUID().toString(), email, "$2a$other", false);
        fixture.givenNoPriorActivity()
                .when(signUp(email))
                .expectException(invalidField("email", "rule.email-taken"))
                .expectNoEvents();
    }

    @Test
    void namesEveryBrokenField() {
        fixture.givenNoPriorActivity()
                .when(new SignUpCommand(accountId, "not-an-address", " ", "$2a$hash", Set.of(), "fr", false))
                .expectException(invalidFields("email", "displayName", "roles", "language"));
        assertThat(credentials.findByEmail("not-an-address")).isEmpty();
    }

    @Test
    void changingTheLanguageIsRememberedOnlyWhenItChanges() {
        AccountSignedUpEvent signedUp = new AccountSignedUpEvent(accountId, email, "Li Wei", Set.of(Role.PUBLISHER), "en");
        fixture.given(signedUp)
                .when(new ChangePreferredLanguageCommand(accountId, "zh-CN"))
                .expectEvents(new PreferredLanguageChangedEvent(accountId, "zh-CN"));
        fixture.given(signedUp)
                .when(new ChangePreferredLanguageCommand(accountId, "en"))
                .expectNoEvents();
    }

    @Test
    void changingThePasswordReplacesTheHashAndClearsTheOneTimeFlag() {
        credentials.claim(accountId, email, "$2a$old", true);
        fixture.given(new AccountSignedUpEvent(accountId, email, "Op", Set.of(Role.OPERATOR), "en"))
                .when(new ChangePasswordCommand(accountId, "$2a$new"))
                .expectEvents(new PasswordChangedEvent(accountId));
        CredentialStore.StoredCredential stored = credentials.findByEmail(email).orElseThrow();
        assertThat(stored.passwordHash()).isEqualTo("$2a$new");
        assertThat(stored.mustChangePassword()).isFalse();
    }

    @Test
    void rulesNormaliseAddressesAndGuardPasswordLength() {
        assertThat(AccountRules.normaliseEmail("  Li.Wei@Example.COM ")).isEqualTo("li.wei@example.com");
        assertThat(AccountRules.password("short")).isPresent();
        assertThat(AccountRules.password("long-enough-1")).isEmpty();
        assertThat(AccountRules.password("x".repeat(AccountRules.PASSWORD_MAX + 1))).isPresent();
    }
}
