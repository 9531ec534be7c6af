package io.tollgate.adapter.http.memfit;

import io.tollgate.application.audit.Actors;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.tollgate.adapter.http.support.ExactHeaders;
import io.tollgate.application.totp.CheckMemfitTotp;
import io.tollgate.application.totp.ManageTotpSecret;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /v1/memfit-totp-uuid} (public, any method) and {@code /admin/api/totp} (show, rotate). */
public final class MemfitRoutes {

    static final String UUID_PATH = "/v1/memfit-totp-uuid";

    private final ManageTotpSecret secret;
    private final CheckMemfitTotp gate;

    public MemfitRoutes(ManageTotpSecret secret, CheckMemfitTotp gate) {
        this.secret = secret;
        this.gate = gate;
    }

    public void register(RoutesConfig routes) {
        for (HandlerType method : HandlerType.values()) {
            if (method.isHttpMethod() && method != HandlerType.HEAD) {
                routes.addHttpHandler(method, UUID_PATH, this::uuid);
            }
        }
        routes.get("/admin/api/totp", ctx -> ctx.json(view(secret.show())));
        routes.post("/admin/api/totp/rotate", ctx -> ctx.json(view(secret.rotate(Actors.ADMIN_API))));
    }

    private void uuid(Context ctx) throws IOException {
        dropBody(ctx);
        ExactHeaders.reply(ctx, 200, MemfitWire.CONTENT_TYPE, MemfitWire.uuidBody(secret.current()));
    }

    /**
     * A body nobody reads makes the server close the connection after replying, which a client reusing it meets as
     * an empty answer to its next request; a small one is read and dropped to keep the connection. A body that cannot
     * be read (broken chunks, cut short) changes nothing here: the answer is the same, and the connection closes.
     */
    private static void dropBody(Context ctx) {
        try {
            ctx.req().getInputStream().readNBytes(64 * 1024);
        } catch (IOException | RuntimeException unreadable) {
            // the secret's address answers whatever the body was
        }
    }

    private Map<String, Object> view(ManageTotpSecret.View view) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("secret", view.secret().value());
        json.put("base32", MemfitWire.base32(view.secret()));
        json.put("code", view.code());
        json.put("header", MemfitWire.header(view.code()));
        json.put("codeStepEnds", view.codeStepEnds().toString());
        json.put("models", gate.models().prefixes());
        return json;
    }
}
