package io.tollgate.application.account;

import io.tollgate.domain.identity.UserId;
import java.util.List;

/** Where reminders about a user's accounts go besides the notifications API, e.g. a webhook the operator runs. */
public interface Reminders {

    /** Delivers the notices about one user's accounts; a failed delivery is the channel's to report, not to throw. */
    void remind(UserId owner, List<Notice> notices);
}
