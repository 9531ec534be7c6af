package io.tollgate.adapter.http.oauth;

import io.tollgate.adapter.http.support.Views;
import io.tollgate.application.account.BindOutcome;
import io.tollgate.application.account.OwnAccountView;
import io.tollgate.application.support.Page;
import io.tollgate.application.relay.CheckAccount;
import io.tollgate.domain.account.AccountCall;
import io.tollgate.domain.account.Binding;
import io.tollgate.domain.account.PlatformCatalog;
import io.tollgate.domain.account.PlatformInfo;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.QuotaUse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON of the account API, in the guide's snake_case; never a credential. */
final class OwnAccountViews {

    private OwnAccountViews() {}

    static Map<String, Object> of(OwnAccountView view) {
        ProviderAccount account = view.account();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", account.id().toString());
        json.put("platform", account.platform().wireName());
        json.put("family", PlatformCatalog.of(account.platform()).map(PlatformInfo::family).orElse(""));
        json.put("account_name", account.name());
        json.put("binding", view.binding());
        json.put("status", account.health().status().wireName());
        json.put("status_reason", account.health().reason());
        json.put("enabled", account.health().status() != io.tollgate.domain.account.AccountStatus.DISABLED
                && account.health().status() != io.tollgate.domain.account.AccountStatus.EXPIRED);
        json.put("models", account.models().stream().sorted().toList());
        json.put("quota", quota(view.quota(), view.quotaResetsAt()));
        json.put("credential_expires_at", view.credentialExpiresAt().map(Instant::toString).orElse(null));
        json.put("last_used_at", view.lastUsedAt().map(Instant::toString).orElse(null));
        return json;
    }

    private static Map<String, Object> quota(QuotaUse quota, Instant resetsAt) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("daily", quota.quota());
        json.put("unlimited", quota.unlimited());
        json.put("used", quota.used());
        json.put("remaining", quota.unlimited() ? null : quota.remaining());
        json.put("used_percent", quota.percent());
        // normal below 70 %, warning from 70 %, critical from 90 %: the console's green, orange and red.
        json.put("level", quota.level().name().toLowerCase(Locale.ROOT));
        json.put("resets_at", resetsAt.toString());
        return json;
    }

    static Map<String, Object> check(CheckAccount.Result result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", result.verdict().name().toLowerCase(Locale.ROOT));
        json.put("message", switch (result.verdict()) {
            case VALID -> "账号有效 (the account works)";
            case EXPIRED -> "凭证已过期，请重新授权 (the credential expired: authorize again)";
            case BANNED -> "账号已被平台封禁 (the platform has banned the account)";
            case QUOTA_EXHAUSTED -> "配额已用完 (the account's quota is used up)";
            case UNREACHABLE -> "平台暂时无法访问，请稍后再试 (the platform did not answer: try later)";
        });
        json.put("detail", result.detail());
        return json;
    }

    static Map<String, Object> usage(List<AccountCall> calls, Page page) {
        Map<String, Object> json = new LinkedHashMap<>(Views.list(calls.stream().map(OwnAccountViews::call).toList()));
        json.put("offset", page.offset());
        json.put("limit", page.limit());
        return json;
    }

    private static Map<String, Object> call(AccountCall call) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("request_id", call.requestId());
        json.put("model", call.model());
        json.put("kind", call.kind());
        json.put("prompt_tokens", call.promptTokens());
        json.put("completion_tokens", call.completionTokens());
        json.put("total_tokens", call.totalTokens());
        // true: the platform reported no usage and the tokens were counted here
        json.put("estimated", call.estimated());
        json.put("status", call.outcome().name().toLowerCase(Locale.ROOT));
        json.put("request", call.summary().request());
        json.put("response", call.summary().response());
        json.put("error", call.summary().error().isEmpty() ? null : call.summary().error());
        json.put("latency_ms", call.latencyMillis());
        json.put("created_at", call.at().toString());
        return json;
    }

    static Map<String, Object> credentialsNeeded(BindOutcome.CredentialsNeeded needed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("binding", needed.binding().name().toLowerCase(Locale.ROOT));
        json.put("platform", needed.platform().wireName());
        json.put("fields", needed.binding() == Binding.CLIENT_CREDENTIALS ? List.of("client_id", "client_secret") : List.of("api_key"));
        json.put("submit", "POST /api/v1/oauth/accounts with platform, account_name and these fields");
        json.put("note", "this platform offers no OAuth authorization for third parties here: paste a key from its console");
        return json;
    }
}
