package io.tollgate.boot.metrics;

import io.tollgate.domain.totp.MemfitModels;
import java.util.Optional;

/** Which door a call came in by, from its path (and, on the OpenAI door, its model): a short, fixed set of labels. */
final class Doors {

    private Doors() {}

    static String of(String path, Optional<String> model, MemfitModels memfit) {
        if (path.startsWith("/v1/")) {
            return model.filter(memfit::covers).isPresent() ? "memfit" : "openai";
        }
        if (path.startsWith("/shareAuth/")) {
            return "shareauth";
        }
        if (path.startsWith("/api/v1/oauth/") || path.startsWith("/me/accounts")) {
            return "oauth";
        }
        if (path.startsWith("/admin/api/totp")) {
            return "memfit";
        }
        if (path.startsWith("/admin/api/")) {
            return "admin";
        }
        if (path.startsWith("/api/v1/")) {
            return "portal";
        }
        if (path.startsWith("/console") || path.equals("/me") || path.startsWith("/me/")) {
            return "console";
        }
        if (path.equals("/health") || path.equals("/metrics")) {
            return "ops";
        }
        return "other";
    }
}
