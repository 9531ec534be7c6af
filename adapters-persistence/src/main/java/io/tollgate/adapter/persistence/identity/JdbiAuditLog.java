package io.tollgate.adapter.persistence.identity;

import io.tollgate.application.audit.AuditEntry;
import io.tollgate.application.audit.AuditLog;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The console's audit log in {@code console_audit}. */
final class JdbiAuditLog implements AuditLog {

    private final Jdbi jdbi;

    JdbiAuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(String actor, String action, String detail, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO console_audit (actor, action, detail, at) VALUES (:actor, :action, :detail, :at)")
                .bind("actor", actor).bind("action", action).bind("detail", detail).bind("at", at.atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public List<AuditEntry> newest(int offset, int limit) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, actor, action, detail, at FROM console_audit ORDER BY id DESC OFFSET :o LIMIT :l")
                .bind("o", offset).bind("l", limit)
                .map((rs, ctx) -> new AuditEntry(rs.getLong("id"), rs.getString("actor"), rs.getString("action"),
                        rs.getString("detail"), rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list());
    }
}
