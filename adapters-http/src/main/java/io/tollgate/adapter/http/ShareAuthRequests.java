package io.tollgate.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.application.shareauth.FinishConversation;
import io.tollgate.application.shareauth.InitShareSession;
import io.tollgate.application.shareauth.StartConversation;
import io.tollgate.domain.shareauth.ModuleTotals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns ShareAuth JSON bodies (the seed's and FastGPT's shapes) into use-case commands. */
final class ShareAuthRequests {

    /** A command, or the reason the body cannot be one. */
    sealed interface Parsed<T> {
        record Ok<T>(T command) implements Parsed<T> {}

        record Invalid<T>(String why) implements Parsed<T> {}
    }

    private static final int MAX_IDEMPOTENCY_KEY = 200;

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
        Optional<String> key = Optional.ofNullable(idempotencyHeader).filter(k -> !k.isBlank())
                .or(() -> Optional.ofNullable(Json.text(body, "chatId")).filter(k -> !k.isBlank()).map(id -> "chat:" + id));
        if (key.filter(k -> k.length() > MAX_IDEMPOTENCY_KEY).isPresent()) {
            return new Parsed.Invalid<>("chatId 或 Idempotency-Key 过长");
        }
        return new Parsed.Ok<>(new FinishConversation.Command(Json.text(body, "token"), Json.text(body, "appName"),
                Json.text(body, "workflowId"), new ModuleTotals(totals), key));
    }
}
