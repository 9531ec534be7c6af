package io.tollgate.application.identity;

import io.tollgate.application.audit.AuditTrail;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.UserStatus;
import io.tollgate.domain.identity.Users;
import java.util.Optional;

/** Disables a user (they can no longer sign in or start conversations) or enables them again; audited. */
public final class ChangeUserStatus {

    private final Users users;
    private final AuditTrail audit;

    public ChangeUserStatus(Users users, AuditTrail audit) {
        this.users = users;
        this.audit = audit;
    }

    /** The user as now stored, or empty when there is no such user. */
    public Optional<User> change(UserId id, UserStatus status, String actor) {
        Optional<User> changed = users.changeStatus(id, status) ? users.byId(id) : Optional.empty();
        changed.ifPresent(user -> audit.record(actor, "user-status", user.username().value() + " → " + status.wireName()));
        return changed;
    }
}
