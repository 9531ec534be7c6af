package io.tollgate.domain.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The users Tollgate knows, with their password hashes and current balances. */
public interface Users {

    /** Adds a user with a zero balance; empty when the username is taken. */
    Optional<User> add(NewUser user);

    Optional<User> byId(UserId id);

    Optional<User> byUsername(Username username);

    /** The stored password hash of this user, if any. */
    Optional<String> passwordHash(UserId id);

    /** Sets the status; false when there is no such user. */
    boolean changeStatus(UserId id, UserStatus status);

    /** A page of users, oldest first, whose name contains the text (empty text = all). */
    List<User> list(String nameContains, int offset, int limit);

    /** The usernames of these users (unknown ids left out); stores answer a whole page of ids in one look-up. */
    default Map<UserId, Username> usernames(Collection<UserId> ids) {
        Map<UserId, Username> names = new HashMap<>();
        ids.stream().distinct().forEach(id -> byId(id).ifPresent(user -> names.put(id, user.username())));
        return names;
    }
}
