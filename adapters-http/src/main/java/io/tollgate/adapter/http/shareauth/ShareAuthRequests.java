package io.tollgate.adapter.http.shareauth;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.adapter.http.support.Json;
import io.tollgate.application.shareauth.FinishConversation;
import io.tollgate.application.shareauth.InitShareSession;
import io.tollgate.application.shareauth.StartConversation;
import io.tollgate.domain.shareauth.ModuleTotals;
import io.tollgate.domain.shareauth.RetryKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns ShareAuth JSON bodies (the seed's and FastGPT's shapes) into use-case commands. */
final class ShareAuthRequests {

    /** A command, or the reason the body cannot be one. */
    sealed interface Parsed<T> {
        record Ok<T>(T command) implements Parsed<T> {}

        /** code is the reply's stable code, why the detail a person reads. */
        record Invalid<T>(String code, String why) implements Parsed<T> {
            Invalid(String why) {
                this("invalid_request", why);
            }
        }
    }

    private static final int MAX_CHAT_ID = 200;

    private ShareAuthRequests() {}

    static Parsed<InitShareSession.Command> init(JsonNode body, String referer, String clientIp) {
        return new Parsed.Ok<>(new InitShareSession.Command(
                Json.text(body, "token"), Json.text(body, "username"), Json.text(body, "password"), referer, clientIp));
    }

    static Parsed<StartConversation.Command> start(JsonNode body) {
        return new Parsed.Ok<>(new StartConversation.Command(Json.text(body, "token"), Json.text(body, "question")));
    }

    static Parsed<FinishConversation.Command> finish(JsonNode body, String idempotencyHeader) {
        JsonNode responseData = body.get("responseData");
        if (responseData == null || !responseData.isArray()) {
            return new Parsed.Invalid<>("responseData 必须是数组");
        }
        List<BigDecimal> totals = new ArrayList<>();
        for (JsonNode item : responseData) {
            JsonNode total = item.get("totalPoints");
            if (total == null || total.isNull()) {
                continue;
            }
            if (!total.isNumber() || total.decimalValue().signum() < 0) {
                return new Parsed.Invalid<>("totalPoints 必须是非负数");
            }
            totals.add(total.decimalValue());
        }
        if (ModuleTotals.tooLarge(totals).isPresent()) {
            return new Parsed.Invalid<>("total_points_too_large", "totalPoints 过大：每个节点最多 "
                    + ModuleTotals.MAX_POINTS + "，每次 finish 合计最多 " + ModuleTotals.MAX_POINTS);
        }
        String chatId = Json.text(body, "chatId");
        String appName = Json.text(body, "appName");
        // Both are stored (appName is also looked up), and PostgreSQL text cannot hold NUL.
        if (hasNul(chatId) || hasNul(appName)) {
            return new Parsed.Invalid<>((hasNul(chatId) ? "chatId" : "appName") + " 不能包含 NUL 字符 (\\u0000)");
        }
        if (chatId != null && chatId.length() > MAX_CHAT_ID) {
            return new Parsed.Invalid<>("chatId 过长，最多 " + MAX_CHAT_ID + " 个字符");
        }
        Optional<String> supplied = Optional.ofNullable(idempotencyHeader).filter(key -> !key.isBlank());
        if (supplied.filter(key -> key.length() > RetryKey.MAX_SUPPLIED_LENGTH
                || key.chars().anyMatch(Character::isISOControl)).isPresent()) {
            return new Parsed.Invalid<>("Idempotency-Key 最多 " + RetryKey.MAX_SUPPLIED_LENGTH + " 个字符，且不能包含控制字符");
        }
        Optional<String> chat = Optional.ofNullable(chatId).filter(id -> !id.isBlank());
        RetryKey retryKey = supplied.<RetryKey>map(RetryKey.Supplied::new)
                .orElseGet(() -> retryKeyOf(body, responseData, chat));
        return new Parsed.Ok<>(new FinishConversation.Command(Json.text(body, "token"), appName,
                Json.text(body, "workflowId"), new ModuleTotals(totals), chat, retryKey));
    }

    /** The turn's node-response ids when every top-level item has one, else the payload in its chat. */
    private static RetryKey retryKeyOf(JsonNode body, JsonNode responseData, Optional<String> chatId) {
        List<String> nodeIds = new ArrayList<>();
        for (JsonNode item : responseData) {
            String id = Json.text(item, "id");
            if (id == null || id.isBlank()) {
                nodeIds.clear();
                break;
            }
            nodeIds.add(id);
        }
        if (!nodeIds.isEmpty()) {
            return new RetryKey.NodeRuns(chatId.orElse(""), nodeIds);
        }
        return chatId.<RetryKey>map(chat -> new RetryKey.Payload(chat, PayloadDigest.of(body)))
                .orElseGet(RetryKey.None::new);
    }

    private static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }
}
