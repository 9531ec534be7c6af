package io.tollgate.application.identity;

import io.tollgate.application.support.Page;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.Users;
import java.util.List;

/** Lists users for the admin, a page at a time, optionally by part of the name. */
public final class ListUsers {

    private final Users users;

    public ListUsers(Users users) {
        this.users = users;
    }

    public List<User> list(String nameContains, Page page) {
        return users.list(nameContains == null ? "" : nameContains, page.offset(), page.limit());
    }

    public java.util.Optional<User> byId(io.tollgate.domain.identity.UserId id) {
        return users.byId(id);
    }

    /** The usernames of a page's users, in one look-up. */
    public java.util.Map<io.tollgate.domain.identity.UserId, io.tollgate.domain.identity.Username> usernames(
            java.util.Collection<io.tollgate.domain.identity.UserId> ids) {
        return users.usernames(ids);
    }

    /** The id of the user with this exact name; a text that is no valid username names nobody. */
    public java.util.Optional<io.tollgate.domain.identity.UserId> idOf(String username) {
        try {
            return users.byUsername(new io.tollgate.domain.identity.Username(username)).map(User::id);
        } catch (IllegalArgumentException notAUsername) {
            return java.util.Optional.empty();
        }
    }
}
