package io.tollgate.application.account;

import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.identity.UserId;
import java.time.Instant;
import java.util.List;

/** Changes an admin made to a user's own accounts, kept so the user reads of them on their pages. */
public interface AccountNotices {

    /** Nowhere: for wirings without a store (the changes still reach the audit log). */
    AccountNotices NONE = new AccountNotices() {
        @Override
        public void record(UserId owner, AccountId account, String accountName, String change, Instant at) {}

        @Override
        public List<Notice> recent(UserId owner) {
            return List.of();
        }
    };

    void record(UserId owner, AccountId account, String accountName, String change, Instant at);

    /** The owner's latest such notices, newest first (a handful, older ones age out). */
    List<Notice> recent(UserId owner);
}
