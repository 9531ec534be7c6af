package io.tollgate.console.portal;

import io.tollgate.application.account.OwnAccounts;
import io.tollgate.application.relay.usage.UsageLog;
import io.tollgate.application.support.Page;
import io.tollgate.console.web.text.Texts;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.relay.UsageRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What one playground call cost, from its usage record: points, or nothing and the account whose quota it spent. */
final class PlaygroundUsage {

    private final UsageLog usageLog;
    private final OwnAccounts accounts;

    PlaygroundUsage(UsageLog usageLog, OwnAccounts accounts) {
        this.usageLog = usageLog;
        this.accounts = accounts;
    }

    /** The call's usage for the page: payer ({@code points} or {@code account}), tokens, cost and the line to show. */
    Map<String, Object> of(UserId user, String requestId, Texts t) {
        Optional<UsageRecord> found = usageLog.of(user, new Page(0, 20)).stream()
                .filter(record -> record.requestId().equals(requestId)).findFirst();
        Map<String, Object> usage = new LinkedHashMap<>();
        if (found.isEmpty()) {
            usage.put("payer", "none");
            usage.put("line", t.get("pg.usage.unknown"));
            return usage;
        }
        UsageRecord record = found.get();
        Optional<String> own = record.account().flatMap(id -> accounts.owned(user, id)).map(a -> a.name());
        long tokens = record.usage().totalTokens();
        usage.put("payer", own.isPresent() && !record.cost().isPositive() ? "account" : "points");
        usage.put("promptTokens", record.usage().promptTokens());
        usage.put("completionTokens", record.usage().completionTokens());
        usage.put("totalTokens", tokens);
        usage.put("cost", record.cost().toShortestDecimal().toPlainString());
        usage.put("line", own.isPresent() && !record.cost().isPositive()
                ? t.format("pg.usage.account", t.number(tokens), own.get())
                : t.format("pg.usage.points", t.points(record.cost().toShortestDecimal()), t.number(tokens),
                        t.number(record.usage().promptTokens()), t.number(record.usage().completionTokens())));
        return usage;
    }
}
