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
}
