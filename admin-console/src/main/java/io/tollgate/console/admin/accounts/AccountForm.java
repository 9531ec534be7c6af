package io.tollgate.console.admin.accounts;

import io.javalin.http.Context;
import io.tollgate.console.web.form.FormFields;
import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.AccountLimits;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The account form's fields: read into an account (refusals are {@link IllegalArgumentException}s), or shown again. */
final class AccountForm {

    private AccountForm() {}

    static Platform platform(Context ctx) {
        String name = FormFields.required(ctx, "platform");
        return Platform.fromWireName(name).orElseThrow(() -> new IllegalArgumentException("unknown platform '" + name + "'"));
    }

    /** A new system-pool account from the form, enabled. */
    static ProviderAccount added(Context ctx, Platform platform, AccountId id) {
        return new ProviderAccount(id, platform, FormFields.text(ctx, "name").orElse(platform.wireName()),
                FormFields.text(ctx, "base_url").orElse(platform.defaultBaseUrl()), new HashSet<>(FormFields.names(ctx, "models")),
                AccountLimits.quota(FormFields.text(ctx, "daily_quota").orElse("0")),
                AccountLimits.weight(FormFields.text(ctx, "weight").orElse("1")), AccountHealth.ENABLED,
                FormFields.pairs(ctx, "options"));
    }

    /** The stored account with the form's changes; a user's own account takes its name, quota and weight only. */
    static ProviderAccount edited(Context ctx, ProviderAccount stored) {
        String name = FormFields.required(ctx, "name");
        long quota = AccountLimits.quota(FormFields.required(ctx, "daily_quota"));
        int weight = AccountLimits.weight(FormFields.required(ctx, "weight"));
        if (!stored.inSystemPool()) {
            return new ProviderAccount(stored.id(), stored.platform(), name, stored.baseUrl(), stored.models(), quota, weight,
                    stored.health(), stored.options(), stored.owner());
        }
        // A field the form did not send keeps its value; one sent empty takes the platform's default or nothing.
        String baseUrl = ctx.formParam("base_url") == null ? stored.baseUrl()
                : FormFields.text(ctx, "base_url").orElse(stored.platform().defaultBaseUrl());
        return new ProviderAccount(stored.id(), stored.platform(), name, baseUrl,
                ctx.formParam("models") == null ? stored.models() : new HashSet<>(FormFields.names(ctx, "models")), quota, weight,
                stored.health(), ctx.formParam("options") == null ? stored.options() : FormFields.pairs(ctx, "options"),
                stored.owner());
    }

    /** A new credential, when one was typed: an empty field keeps the stored one. */
    static Optional<String> newCredential(Context ctx, ProviderAccount stored) {
        Optional<String> typed = FormFields.text(ctx, "credential");
        if (typed.isPresent() && !stored.inSystemPool()) {
            throw new IllegalArgumentException("a user's own account keeps the credential its owner gave");
        }
        return typed;
    }

    /** The fields to show for a stored account. */
    static Map<String, String> valuesOf(ProviderAccount account) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("platform", account.platform().wireName());
        values.put("name", account.name());
        values.put("base_url", account.baseUrl());
        values.put("models", account.models().stream().sorted().collect(Collectors.joining(", ")));
        values.put("daily_quota", Long.toString(account.dailyTokenQuota()));
        values.put("weight", Integer.toString(account.weight()));
        values.put("options", account.options().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n")));
        return values;
    }

    /** The fields as submitted, to show again beside a refusal; never the credential. */
    static Map<String, String> submitted(Context ctx) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : new String[] {"platform", "name", "base_url", "models", "daily_quota", "weight", "options"}) {
            String value = ctx.formParam(field);
            values.put(field, value == null ? "" : value.replace("\u0000", ""));
        }
        return values;
    }
}
