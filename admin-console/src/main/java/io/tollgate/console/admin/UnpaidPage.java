package io.tollgate.console.admin;

import io.tollgate.console.web.Chrome;
import io.tollgate.console.web.Paging;
import io.tollgate.domain.billing.UnpaidAttempt;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Username;
import java.util.List;
import java.util.Map;

/** Finishes the balance could not cover, newest first, users shown by name. */
public record UnpaidPage(Chrome chrome, List<UnpaidAttempt> attempts, Paging paging, Map<UserId, Username> names) {

    /** The user's name; the id only for a user that is gone. */
    public String nameOf(UserId user) {
        Username name = names.get(user);
        return name == null ? user.toString() : name.value();
    }
}
