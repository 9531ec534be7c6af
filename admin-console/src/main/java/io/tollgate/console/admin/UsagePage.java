package io.tollgate.console.admin;

import io.tollgate.console.web.Chrome;
import io.tollgate.console.web.Paging;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.relay.UsageRecord;
import java.util.List;

/** One user's relayed calls as billed, newest first. */
public record UsagePage(Chrome chrome, User user, List<UsageRecord> calls, Paging paging) {}
