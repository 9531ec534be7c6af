package io.tollgate.domain.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Calls made on users' own accounts: recorded with what they asked and got, and counted against the account's day. */
public interface AccountCalls {

    /** Writes the call (charging nobody) and adds its tokens to the account's quota day, durably when it returns. */
    void record(AccountCall call);

    /** The account's calls, newest first. */
    List<AccountCall> page(AccountId account, int offset, int limit);

    /** When each of these accounts was last called; accounts never called are absent. */
    Map<AccountId, Instant> lastCalled(Collection<AccountId> accounts);
}
