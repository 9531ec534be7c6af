package io.tollgate.console.web;

import io.tollgate.console.web.text.Texts;
import java.util.Set;

/** The fixed confirmations a redirect may name by code, so no text from the URL ever reaches a page. */
public final class Notices {

    private static final Set<String> CODES = Set.of(
            "user-created",
            "user-status",
            "balance",
            "key-revoked",
            "account-status",
            "account-deleted",
            "workflow-added",
            "model-status",
            "words-saved",
            "memfit-rotated",
            "signed-in",
            "password",
            "account-bound",
            "account-saved",
            "key-issued",
            "preferences",
            "account-added", "model-added", "model-saved", "group-saved");

    private Notices() {}

    /** The confirmation's message ({@code notice.<code>}) in the reader's language; empty for no or an unknown code. */
    public static String text(Texts t, String code) {
        return code == null || !CODES.contains(code) ? "" : t.get("notice." + code);
    }
}
