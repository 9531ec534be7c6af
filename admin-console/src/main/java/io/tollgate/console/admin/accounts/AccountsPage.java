package io.tollgate.console.admin.accounts;

import io.tollgate.application.relay.CheckAccount;
import io.tollgate.console.web.AccountRow;
import io.tollgate.console.web.Chrome;
import io.tollgate.console.web.Paging;
import io.tollgate.domain.account.AccountId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The upstream accounts with status, owner (by username), quota bar and last use; the results of the tests just run,
 * and the models the accounts serve (to test all of one model's accounts).
 */
public record AccountsPage(Chrome chrome, List<AccountRow> rows, Paging paging, Map<AccountId, String> owners,
                           Map<AccountId, CheckAccount.Timed> tested, List<String> models) {

    /** The owner's username, or the system pool. */
    public String owner(AccountRow row) {
        return row.account().owner().isEmpty() ? chrome.t().get("accounts.system-pool")
                : owners.getOrDefault(row.account().id(), row.account().owner().get().toString());
    }

    public Optional<CheckAccount.Timed> test(AccountRow row) {
        return Optional.ofNullable(tested.get(row.account().id()));
    }

    /** "valid · 12 ms", or the classified error, its latency and what the platform said. */
    public String testText(CheckAccount.Timed timed) {
        String verdict = chrome.t().get("accounts.verdict." + timed.result().verdict().name().toLowerCase(Locale.ROOT));
        String latency = chrome.t().format("accounts.latency", chrome.t().number(timed.millis()));
        return verdict + " · " + latency + (timed.result().verdict() == CheckAccount.Verdict.VALID ? "" : " — " + timed.result().detail());
    }
}
