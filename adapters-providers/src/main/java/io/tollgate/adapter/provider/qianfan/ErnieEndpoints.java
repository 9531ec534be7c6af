package io.tollgate.adapter.provider.qianfan;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The Qianfan v1 endpoint (chat, embeddings or reranker) that serves a model: a few names differ, most are the model name itself. */
final class ErnieEndpoints {

    private static final Map<String, String> BY_MODEL = Map.ofEntries(
            Map.entry("ernie-4.0-8k", "completions_pro"),
            Map.entry("ernie-bot-4", "completions_pro"),
            Map.entry("ernie-3.5-8k", "completions"),
            Map.entry("ernie-bot", "completions"),
            Map.entry("ernie-bot-turbo", "eb-instant"),
            Map.entry("ernie-lite-8k-0922", "eb-instant"),
            Map.entry("ernie-speed-8k", "ernie_speed"),
            Map.entry("ernie-speed-128k", "ernie-speed-128k"),
            Map.entry("ernie-lite-8k", "ernie-lite-8k"),
            Map.entry("ernie-tiny-8k", "ernie-tiny-8k"),
            Map.entry("ernie-character-8k", "ernie-char-8k"),
            Map.entry("ernie-functions-8k", "ernie-func-8k"),
            Map.entry("bge-large-zh", "bge_large_zh"),
            Map.entry("bge-large-en", "bge_large_en"),
            Map.entry("tao-8k", "tao_8k"),
            Map.entry("bce-reranker-base", "bce_reranker_base"),
            Map.entry("bce-reranker-base_v1", "bce_reranker_base"));
    // The endpoint is a path segment: nothing that could climb out of it or start a query.
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._-]+");

    private ErnieEndpoints() {}

    /** The account's {@code endpoint} option if set, else the model's; empty when that is no safe path segment. */
    static Optional<String> of(String model, Map<String, String> options) {
        String chosen = options.getOrDefault("endpoint", "").strip();
        if (chosen.isEmpty()) {
            chosen = BY_MODEL.getOrDefault(model.toLowerCase(Locale.ROOT), model);
        }
        return SEGMENT.matcher(chosen).matches() && !chosen.startsWith(".") ? Optional.of(chosen) : Optional.empty();
    }
}
