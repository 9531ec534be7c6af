package io.tollgate.adapter.persistence.console;

import io.tollgate.application.account.AccountNotices;
import io.tollgate.application.account.Notice;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.identity.UserId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** What admins changed on users' own accounts, in {@code account_notices}; a user reads their latest few. */
public final class JdbiAccountNotices implements AccountNotices {

    private static final int SHOWN = 10;

    private final Jdbi jdbi;

    public JdbiAccountNotices(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(UserId owner, AccountId account, String accountName, String change, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO account_notices (owner_id, account_id, account_name, change, created_at)"
                        + " VALUES (:owner, :account, :name, :change, :at)")
                .bind("owner", owner.value()).bind("account", account.value()).bind("name", accountName)
                .bind("change", change).bind("at", at.atOffset(ZoneOffset.UTC)).execute());
    }

    @Override
    public List<Notice> recent(UserId owner) {
        return jdbi.withHandle(h -> h.createQuery("SELECT account_id, account_name, change, created_at FROM account_notices"
                        + " WHERE owner_id = :owner ORDER BY id DESC LIMIT " + SHOWN)
                .bind("owner", owner.value())
                .map((rs, ctx) -> new Notice(Notice.Kind.CHANGED_BY_ADMIN, new AccountId(rs.getObject("account_id", UUID.class)),
                        rs.getString("account_name"), rs.getString("change"),
                        Optional.of(rs.getObject("created_at", OffsetDateTime.class).toInstant())))
                .list());
    }
}
