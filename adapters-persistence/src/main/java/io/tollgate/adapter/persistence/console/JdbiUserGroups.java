package io.tollgate.adapter.persistence.console;

import io.tollgate.application.billing.UserGroups;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Multiplier;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Users' groups in {@code users.group_name}; a ratio set here lands in {@code users.group_ratio}, which billing reads. */
public final class JdbiUserGroups implements UserGroups {

    private final Jdbi jdbi;

    public JdbiUserGroups(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Group> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT group_name, count(*) AS users, min(group_ratio) AS lowest,"
                        + " max(group_ratio) AS highest FROM users GROUP BY group_name ORDER BY group_name")
                .map((rs, ctx) -> new Group(rs.getString("group_name"), rs.getLong("users"),
                        rs.getBigDecimal("lowest").stripTrailingZeros(), rs.getBigDecimal("highest").stripTrailingZeros()))
                .list());
    }

    @Override
    public Optional<String> groupOf(UserId user) {
        return jdbi.withHandle(h -> h.createQuery("SELECT group_name FROM users WHERE id = :id")
                .bind("id", user.value()).mapTo(String.class).findOne());
    }

    @Override
    public boolean place(UserId user, String group, Multiplier ratio) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE users SET group_name = :group, group_ratio = :ratio WHERE id = :id")
                .bind("group", group).bind("ratio", ratio.value()).bind("id", user.value()).execute()) == 1;
    }

    @Override
    public int setRatio(String group, Multiplier ratio) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE users SET group_ratio = :ratio WHERE group_name = :group")
                .bind("group", group).bind("ratio", ratio.value()).execute());
    }
}
