package io.tollgate.adapter.http.memfit;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.tollgate.adapter.http.support.ExactHeaders;
import io.tollgate.application.totp.CheckMemfitTotp;
import io.tollgate.application.totp.MemfitGateOutcome;
import java.io.IOException;
import java.util.Optional;

/** Runs the memfit gate on a parsed request body, before the API key is looked at, and answers aibalance's 401s. */
public final class MemfitGate {

    private MemfitGate() {}

    /** True when the request may go on; otherwise the 401 has been written. */
    public static boolean admits(Context ctx, CheckMemfitTotp gate, JsonNode body) {
        JsonNode model = body.get("model");
        String name = model != null && model.isTextual() ? model.asText() : null;
        String header = ctx.header(MemfitWire.HEADER);
        boolean presented = header != null && !header.isBlank();
        Optional<String> code = presented ? MemfitWire.decode(header) : Optional.empty();
        MemfitGateOutcome outcome = gate.check(new CheckMemfitTotp.Command(name, presented, code));
        return switch (outcome) {
            case MemfitGateOutcome.NotRequired ignored -> true;
            case MemfitGateOutcome.Passed ignored -> true;
            case MemfitGateOutcome.Missing ignored -> refuse(ctx, MemfitWire.REQUIRED_BODY);
            case MemfitGateOutcome.Failed ignored -> refuse(ctx, MemfitWire.FAILED_BODY);
        };
    }

    private static boolean refuse(Context ctx, String body) {
        try {
            ExactHeaders.reply(ctx, 401, MemfitWire.CONTENT_TYPE, body);
        } catch (IOException callerGone) {
            // nothing to tell a caller who has left
        }
        return false;
    }
}
