package io.tollgate.adapter.persistence.account;

import io.tollgate.application.account.Notice;
import io.tollgate.application.account.ReminderClaims;
import io.tollgate.domain.account.AccountId;
import java.time.LocalDate;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;

/** Reminder claims in PostgreSQL: one insert that does nothing when another node's row is already there. */
final class JdbiReminderClaims implements ReminderClaims {

    private final Jdbi jdbi;

    JdbiReminderClaims(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean claim(LocalDate day, AccountId account, Notice.Kind kind) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "INSERT INTO reminder_claims (day, account_id, kind) VALUES (:day, :account, :kind)"
                                + " ON CONFLICT DO NOTHING")
                .bind("day", day).bind("account", account.value()).bind("kind", kind.name().toLowerCase(Locale.ROOT))
                .execute()) == 1;
    }

    @Override
    public int forgetBefore(LocalDate day) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM reminder_claims WHERE day < :day")
                .bind("day", day).execute());
    }
}
