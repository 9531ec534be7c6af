package io.tollgate.adapter.http.support;

import io.tollgate.domain.billing.Consumption;
import io.tollgate.domain.billing.LedgerEntry;
import io.tollgate.domain.billing.UnpaidAttempt;
import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.relay.UsageRecord;
import io.tollgate.domain.shareauth.Workflow;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How domain records look in admin-API JSON: amounts as exact decimals, ids as strings, no secrets. */
public final class Views {

    private Views() {}

    public static Map<String, Object> list(List<?> rows) {
        return Map.of("data", rows);
    }

    public static Map<String, Object> user(User user) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", user.id().toString());
        view.put("username", user.username().value());
        view.put("balance", user.balance().toShortestDecimal());
        view.put("status", user.status().wireName());
        view.put("createdAt", user.createdAt().toString());
        return view;
    }

    public static Map<String, Object> ledgerEntry(LedgerEntry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", entry.id());
        view.put("kind", entry.kind().name().toLowerCase(java.util.Locale.ROOT));
        view.put("amount", entry.amount().toShortestDecimal());
        view.put("balanceAfter", entry.balanceAfter().toShortestDecimal());
        view.put("reason", entry.reason());
        view.put("actor", entry.actor());
        view.put("at", entry.at().toString());
        return view;
    }

    public static Map<String, Object> usageRecord(UsageRecord record) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("requestId", record.requestId());
        view.put("keyId", record.key().map(Object::toString).orElse(null));
        view.put("accountId", record.account().map(Object::toString).orElse(null));
        view.put("model", record.model());
        view.put("kind", record.kind().wireName());
        view.put("units", record.units());
        view.put("unit", record.kind().unit());
        view.put("promptTokens", record.usage().promptTokens());
        view.put("cachedTokens", record.usage().cachedReadTokens());
        view.put("cacheWriteTokens", record.usage().cacheWriteTokens());
        view.put("completionTokens", record.usage().completionTokens());
        view.put("estimated", record.usage().estimated());
        view.put("cost", record.cost().toShortestDecimal());
        view.put("latencyMs", record.latencyMillis());
        view.put("status", record.status().name().toLowerCase(java.util.Locale.ROOT));
        view.put("errorClass", record.errorClass().map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).orElse(null));
        view.put("at", record.at().toString());
        return view;
    }

    public static Map<String, Object> workflow(Workflow workflow) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", workflow.id().toString());
        view.put("name", workflow.name());
        view.put("noLoginUrl", workflow.noLoginUrl().orElse(null));
        view.put("pointMultiplier", workflow.pointMultiplier().value());
        return view;
    }

    public static Map<String, Object> consumption(Consumption c) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", c.id());
        view.put("userId", c.user().toString());
        view.put("workflowName", c.workflowName());
        view.put("basePoints", c.basePoints().toShortestDecimal());
        view.put("multiplier", c.multiplier().value());
        view.put("charge", c.charge().toShortestDecimal());
        view.put("balanceAfter", c.balanceAfter().toShortestDecimal());
        view.put("idempotencyKey", c.idempotencyKey());
        view.put("chatId", c.chatId());
        view.put("at", c.at().toString());
        return view;
    }

    public static Map<String, Object> unpaid(UnpaidAttempt a) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", a.id());
        view.put("userId", a.user().toString());
        view.put("workflowName", a.workflowName());
        view.put("basePoints", a.basePoints().toShortestDecimal());
        view.put("multiplier", a.multiplier().value());
        view.put("charge", a.charge().toShortestDecimal());
        view.put("balance", a.balance().toShortestDecimal());
        view.put("at", a.at().toString());
        return view;
    }

    public static Map<String, Object> apiKey(ApiKey key) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", key.id().toString());
        view.put("userId", key.user().toString());
        view.put("name", key.name());
        view.put("hint", key.hint());
        view.put("models", key.modelPatterns());
        view.put("expiresAt", key.expiresAt().map(Instant::toString).orElse(null));
        view.put("rpm", key.rpm());
        view.put("tpm", key.tpm());
        view.put("createdAt", key.createdAt().toString());
        return view;
    }
}
