package org.openbsn.accounts.query;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.openbsn.accounts.api.AccountSignedUpEvent;
import org.openbsn.accounts.api.AccountSummary;
import org.openbsn.accounts.api.FindAccountQuery;
import org.openbsn.accounts.api.FindAccountsQuery;
import org.openbsn.accounts.api.PasswordChangedEvent;
import org.openbsn.accounts.api.PreferredLanguageChangedEvent;
import org.openbsn.accounts.api.Role;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The account read model: one row per account, rebuilt by replay. */
@Component
@ProcessingGroup(AccountProjection.NAME)
class AccountProjection {

    static final String NAME = "accounts";

    private static final RowMapper<AccountSummary> ROW = (rs, row) -> new AccountSummary(
            rs.getString("account_id"), rs.getString("email"), rs.getString("display_name"),
            roles(rs.getString("roles")), rs.getString("language"), rs.getLong("version"));

    private final JdbcClient jdbc;
    private final QueryUpdateEmitter emitter;

    AccountProjection(JdbcClient jdbc, QueryUpdateEmitter emitter) {
        this.jdbc = jdbc;
        this.emitter = emitter;
    }

    @EventHandler
    void on(AccountSignedUpEvent event, @SequenceNumber long version) {
        jdbc.sql("""
                insert into account_view (account_id, email, display_name, roles, language, version)
                values (:id, :email, :name, :roles, :language, :version)
                on conflict (account_id) do nothing""")
                .param("id", event.accountId()).param("email", event.email()).param("name", event.displayName())
                .param("roles", event.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .param("language", event.language()).param("version", version)
                .update();
        emit(event.accountId());
    }

    @EventHandler
    void on(PreferredLanguageChangedEvent event, @SequenceNumber long version) {
        jdbc.sql("update account_view set language = :language, version = :version where account_id = :id and version < :version")
                .param("id", event.accountId()).param("language", event.language()).param("version", version)
                .update();
        emit(event.accountId());
    }

    @EventHandler
    void on(PasswordChangedEvent event, @SequenceNumber long version) {
        jdbc.sql("update account_view set version = :version where account_id = :id and version < :version")
                .param("id", event.accountId()).param("version", version)
                .update();
        emit(event.accountId());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from account_view").update();
    }

    @QueryHandler
    Optional<AccountSummary> handle(FindAccountQuery query) {
        return jdbc.sql("select * from account_view where account_id = :id").param("id", query.accountId())
                .query(ROW).optional();
    }

    @QueryHandler
    List<AccountSummary> handle(FindAccountsQuery query) {
        return jdbc.sql("select * from account_view where account_id in (:ids)").param("ids", query.accountIds())
                .query(ROW).list();
    }

    private void emit(String accountId) {
        handle(new FindAccountQuery(accountId)).ifPresent(view ->
                emitter.emit(FindAccountQuery.class, q -> q.accountId().equals(accountId), view));
    }

    private static Set<Role> roles(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(column.split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
