package io.tollgate.console.admin.models;

import io.javalin.http.Context;
import io.tollgate.console.web.form.FormFields;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.moderation.PromptModeration;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.ModelPrice;
import io.tollgate.domain.relay.ModelRoute;
import io.tollgate.domain.relay.PublicAccess;
import io.tollgate.domain.relay.kind.ModelKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The model form's fields read into a {@link Model}, whose constructor (with {@link ModelPrice}'s, {@link ModelRoute}'s
 * and {@link PublicAccess}'s) judges them as it does the admin API's; a refusal is an {@link IllegalArgumentException}.
 */
final class ModelForm {

    static final String[] FIELDS = {"name", "kind", "routes", "input_price", "output_price", "call_price", "cached_input_price",
        "cache_write_price", "speech_price", "transcription_price", "max_output_tokens", "moderation", "enabled", "public",
        "public_daily_tokens", "public_ip_requests", "public_ip_tokens"};

    private ModelForm() {}

    static Model read(Context ctx, String name) {
        String kindName = FormFields.required(ctx, "kind");
        ModelKind kind = ModelKind.fromWireName(kindName).orElseThrow(() -> new IllegalArgumentException("unknown kind '" + kindName + "'"));
        String moderationName = FormFields.text(ctx, "moderation").orElse(PromptModeration.OFF.wireName());
        PromptModeration moderation = PromptModeration.fromWireName(moderationName)
                .orElseThrow(() -> new IllegalArgumentException("'moderation' is 'off' or 'block'"));
        ModelPrice price = new ModelPrice(FormFields.points(ctx, "input_price", Points.ZERO),
                FormFields.points(ctx, "output_price", Points.ZERO), FormFields.points(ctx, "call_price", Points.ZERO),
                FormFields.points(ctx, "speech_price", Points.ZERO), FormFields.points(ctx, "transcription_price", Points.ZERO),
                FormFields.optionalPoints(ctx, "cached_input_price"), FormFields.optionalPoints(ctx, "cache_write_price"));
        Optional<PublicAccess> publicAccess = "on".equals(ctx.formParam("public"))
                ? Optional.of(new PublicAccess(FormFields.count(ctx, "public_daily_tokens", 0),
                FormFields.count(ctx, "public_ip_requests", 0), FormFields.count(ctx, "public_ip_tokens", 0)))
                : Optional.empty();
        return new Model(name, routes(ctx, name), price, "on".equals(ctx.formParam("enabled")), publicAccess,
                FormFields.count(ctx, "max_output_tokens", Model.DEFAULT_MAX_OUTPUT_TOKENS), kind, moderation);
    }

    /** One route a line: a platform's wire name, then optionally '=' and the model's name there. */
    private static List<ModelRoute> routes(Context ctx, String name) {
        List<ModelRoute> routes = new ArrayList<>();
        FormFields.pairs(ctx, "routes").forEach((platform, upstream) -> routes.add(new ModelRoute(Platform.fromWireName(platform)
                .orElseThrow(() -> new IllegalArgumentException("unknown platform '" + platform + "' in 'routes'")),
                upstream.isEmpty() ? name : upstream)));
        return routes;
    }

    static Map<String, String> valuesOf(Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", model.name());
        values.put("kind", model.kind().wireName());
        values.put("routes", model.routes().stream().map(r -> r.platform().wireName() + "=" + r.upstreamModel())
                .collect(Collectors.joining("\n")));
        ModelPrice price = model.price();
        values.put("input_price", plain(price.inputPerMillion()));
        values.put("output_price", plain(price.outputPerMillion()));
        values.put("call_price", plain(price.perCall()));
        values.put("cached_input_price", price.cachedInputPerMillion().map(ModelForm::plain).orElse(""));
        values.put("cache_write_price", price.cacheWritePerMillion().map(ModelForm::plain).orElse(""));
        values.put("speech_price", plain(price.speechPerMillionChars()));
        values.put("transcription_price", plain(price.transcriptionPerMinute()));
        values.put("max_output_tokens", Long.toString(model.maxOutputTokens()));
        values.put("moderation", model.moderation().wireName());
        values.put("enabled", model.enabled() ? "on" : "");
        values.put("public", model.isPublic() ? "on" : "");
        model.publicAccess().ifPresent(limits -> {
            values.put("public_daily_tokens", Long.toString(limits.dailyTokens()));
            values.put("public_ip_requests", Long.toString(limits.ipDailyRequests()));
            values.put("public_ip_tokens", Long.toString(limits.ipDailyTokens()));
        });
        return values;
    }

    /** What a new model's form starts with: a chat model served by the mock platform, enabled, at no price. */
    static Map<String, String> blank() {
        return Map.of("kind", "chat", "routes", "mock", "input_price", "0", "output_price", "0", "call_price", "0",
                "speech_price", "0", "transcription_price", "0", "max_output_tokens", Long.toString(Model.DEFAULT_MAX_OUTPUT_TOKENS),
                "moderation", "off", "enabled", "on");
    }

    static Map<String, String> submitted(Context ctx) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = ctx.formParam(field);
            values.put(field, value == null ? "" : value.replace("\u0000", ""));
        }
        return values;
    }

    private static String plain(Points points) {
        return points.toShortestDecimal().toPlainString();
    }
}
