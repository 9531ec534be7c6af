package io.tollgate.application.relay.usage;

import io.tollgate.application.support.Page;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.relay.Metering;
import io.tollgate.domain.relay.UsageRecord;
import java.util.List;

/** Reads a user's relayed calls as billed, newest first: tokens, cost, account, status. */
public final class UsageLog {

    private final Metering metering;

    public UsageLog(Metering metering) {
        this.metering = metering;
    }

    public List<UsageRecord> of(UserId user, Page page) {
        return metering.usage(user, page.offset(), page.limit());
    }
}
