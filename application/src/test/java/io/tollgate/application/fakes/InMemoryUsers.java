package io.tollgate.application.fakes;

import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.identity.NewUser;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.UserStatus;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.identity.Users;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Users in memory; balances change only through {@link InMemoryStore}, which locks this object. */
public final class InMemoryUsers implements Users {

    private final Map<UserId, User> users = new LinkedHashMap<>();
    private final Map<UserId, String> hashes = new LinkedHashMap<>();

    @Override
    public synchronized Optional<User> add(NewUser user) {
        if (byUsername(user.username()).isPresent()) {
            return Optional.empty();
        }
        User added = new User(new UserId(UUID.randomUUID()), user.username(), Points.ZERO, UserStatus.ACTIVE,
                Multiplier.ONE, user.createdAt());
        users.put(added.id(), added);
        hashes.put(added.id(), user.passwordHash());
        return Optional.of(added);
    }

    @Override
    public synchronized Optional<User> byId(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public synchronized Optional<User> byUsername(Username username) {
        return users.values().stream().filter(u -> u.username().equals(username)).findFirst();
    }

    @Override
    public synchronized Optional<String> passwordHash(UserId id) {
        return Optional.ofNullable(hashes.get(id));
    }

    @Override
    public synchronized boolean changeStatus(UserId id, UserStatus status) {
        User user = users.get(id);
        if (user == null) {
            return false;
        }
        users.put(id, user.withStatus(status));
        return true;
    }

    @Override
    public synchronized List<User> list(String nameContains, int offset, int limit) {
        return users.values().stream()
                .filter(u -> u.username().value().contains(nameContains))
                .skip(offset).limit(limit).toList();
    }

    /** Removes a user as an operator might in the database, for "token of a deleted user" cases. */
    public synchronized void remove(UserId id) {
        users.remove(id);
        hashes.remove(id);
    }

    synchronized Optional<Points> balanceOf(UserId id) {
        return byId(id).map(User::balance);
    }

    synchronized void setBalance(UserId id, Points balance) {
        User user = users.get(id);
        users.put(id, user.withBalance(balance));
    }
}
