package org.openbsn.accounts.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.openbsn.accounts.api.*;
import org.openbsn.infra.testing.TestDatabase;

class AccountProjectionTest {

    private final AccountProjection projection =
            new AccountProjection(TestDatabase.get().jdbc(), SimpleQueryUpdateEmitter.builder().build());

    @Test
    void showsAccountsWithTheirRolesAndLatestLanguage() {
        String id = UUID.randomUUID().toString();
        projection.on(new AccountSignedUpEvent(id, id + "@example.com", "Wang Fang",
                Set.of(Role.PUBLISHER, Role.NODE_OWNER), "en"), 0);
        projection.on(new PreferredLanguageChangedEvent(id, "zh-CN"), 1);
        projection.on(new PreferredLanguageChangedEvent(id, "zh-CN"), 1);

        AccountSummary account = projection.handle(new FindAccountQuery(id)).orElseThrow();
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.PUBLISHER, Role.NODE_OWNER);
        assertThat(account.language()).isEqualTo("zh-CN");
        assertThat(account.version()).isEqualTo(1);
        assertThat(projection.handle(new FindAccountsQuery(List.of(id, "nobody")))).extracting(AccountSummary::displayName)
                .containsExactly("Wang Fang");
    }

    @Test
    void anOlderEventNeverOverwritesANewerOne() {
        String id = UUID.randomUUID().toString();
        projection.on(new AccountSignedUpEvent(id, id + "@example.com", "Zhao", Set.of(Role.PARTICIPANT), "en"), 0);
        projection.on(new PreferredLanguageChangedEvent(id, "zh-CN"), 2);
        projection.on(new PreferredLanguageChangedEvent(id, "en"), 1);
        assertThat(projection.handle(new FindAccountQuery(id)).orElseThrow().language()).isEqualTo("zh-CN");
    }
}
