package io.tollgate.application.account;

import io.tollgate.domain.account.AccountId;
import java.time.LocalDate;

/** Who sends which reminder: shared by every node, so each due reminder goes out once however many nodes run. */
public interface ReminderClaims {

    /** Claims the day's reminder of one kind about one account; false when some node (this one too) claimed it first. */
    boolean claim(LocalDate day, AccountId account, Notice.Kind kind);

    /** Drops the claims of days before {@code day}; how many. */
    int forgetBefore(LocalDate day);
}
