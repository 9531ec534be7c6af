package io.tollgate.console.web;

import java.util.Map;

/** The fixed confirmations a redirect may name by code, so no text from the URL ever reaches a page. */
public final class Notices {

    private static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("user-created", "User created."),
            Map.entry("user-status", "User status changed."),
            Map.entry("balance", "Balance changed."),
            Map.entry("key-revoked", "API key revoked."),
            Map.entry("account-status", "Account status changed."),
            Map.entry("account-deleted", "Account deleted."),
            Map.entry("workflow-added", "Workflow added."),
            Map.entry("model-status", "Model status changed."),
            Map.entry("words-saved", "Sensitive words saved."),
            Map.entry("memfit-rotated", "Memfit secret rotated: the old code no longer works."),
            Map.entry("signed-in", "Signed in."),
            Map.entry("password", "Password changed."),
            Map.entry("account-bound", "Account bound."),
            Map.entry("account-saved", "Account saved."),
            Map.entry("key-issued", "API key issued."),
            Map.entry("preferences", "Preference saved."));

    private Notices() {}

    public static String text(String code) {
        return code == null ? "" : TEXTS.getOrDefault(code, "");
    }
}
