package io.tollgate.application.identity;

import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.UserStatus;
import io.tollgate.domain.identity.Users;
import java.util.Optional;

/** Disables a user (they can no longer sign in or start conversations) or enables them again. */
public final class ChangeUserStatus {

    private final Users users;

    public ChangeUserStatus(Users users) {
        this.users = users;
    }

    /** The user as now stored, or empty when there is no such user. */
    public Optional<User> change(UserId id, UserStatus status) {
        return users.changeStatus(id, status) ? users.byId(id) : Optional.empty();
    }
}
