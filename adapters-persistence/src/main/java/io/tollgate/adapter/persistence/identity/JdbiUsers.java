package io.tollgate.adapter.persistence.identity;

import io.tollgate.domain.identity.NewUser;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.UserStatus;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.identity.Users;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Users in PostgreSQL; balances are changed only by the billing context's ledger and consumptions. */
final class JdbiUsers implements Users {

    private final UsersSql sql;

    JdbiUsers(Jdbi jdbi) {
        this.sql = jdbi.onDemand(UsersSql.class);
    }

    @Override
    public Optional<User> add(NewUser user) {
        return sql.add(user.username().value(), user.passwordHash(), user.createdAt()).map(UserRow::toUser);
    }

    @Override
    public Optional<User> byId(UserId id) {
        return sql.byId(id.value()).map(UserRow::toUser);
    }

    @Override
    public Optional<User> byUsername(Username username) {
        return sql.byUsername(username.value()).map(UserRow::toUser);
    }

    @Override
    public Optional<String> passwordHash(UserId id) {
        return sql.passwordHash(id.value());
    }

    @Override
    public boolean changeStatus(UserId id, UserStatus status) {
        return sql.changeStatus(id.value(), status.wireName()) > 0;
    }

    @Override
    public List<User> list(String nameContains, int offset, int limit) {
        return sql.list(nameContains, Math.max(0, offset), Math.max(0, limit)).stream().map(UserRow::toUser).toList();
    }

    @Override
    public Map<UserId, Username> usernames(Collection<UserId> ids) {
        Map<UserId, Username> names = new HashMap<>();
        if (!ids.isEmpty()) {
            UUID[] wanted = ids.stream().map(UserId::value).distinct().toArray(UUID[]::new);
            sql.byIds(wanted).stream().map(UserRow::toUser).forEach(user -> names.put(user.id(), user.username()));
        }
        return names;
    }
}
