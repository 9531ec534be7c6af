package io.tollgate.console.portal;

import io.tollgate.application.account.Notice;
import io.tollgate.console.web.Paging;
import io.tollgate.domain.account.AccountCall;
import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.relay.UsageRecord;
import io.tollgate.domain.identity.ApiKeyId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The page records of the users' pages, one per template. */
public final class PortalPages {

    private PortalPages() {}

    /** A platform the add form offers: its wire name and what the user reads. */
    public record PlatformChoice(String value, String label) {}

    /** Balance, the points-fallback choice, notices, API keys (a new one shown once) and recent calls. */
    public record Home(PortalChrome chrome, String balance, boolean pointsFallback, List<Notice> notices, List<ApiKey> keys,
                       Optional<String> newKey, List<UsageRecord> usage, Map<ApiKeyId, String> budgets) {}

    /** The user's accounts, the add form's platforms, and the last check's verdict (empty when none). */
    public record Accounts(PortalChrome chrome, List<PortalAccountRow> rows, List<PlatformChoice> platforms, String checked) {}

    /** The key form for a platform that binds by key; {@code clientCredentials} asks for an AK/SK pair instead. */
    public record KeyForm(PortalChrome chrome, String platform, String platformName, String accountName,
                          boolean clientCredentials, String error) {}

    /** Shown in the popup once an account is bound by key: tells the opener and closes. */
    public record Bound(PortalChrome chrome, String accountName) {}

    /** One account's calls, newest first. */
    public record Usage(PortalChrome chrome, String accountName, List<AccountCall> calls, Paging paging) {}

    /** Asks before deleting. */
    public record Confirm(PortalChrome chrome, String question, String action, String cancelHref) {}
}
