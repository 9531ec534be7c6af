package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.console.web.text.Texts;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Models, prices and group ratios from the console over HTTP: what the form sets is exactly what a call is charged. */
class ConsoleModelsTest {

    private static final String KEY = "sk-priced-upstream-1";

    private static KeyedUpstream upstream;
    private static RunningTollgate app;
    private static ConsoleClient admin;
    private static RelayAdmin relay;

    @BeforeAll
    static void start() throws Exception {
        upstream = new KeyedUpstream(KEY);
        try (FirstStartLog log = new FirstStartLog()) {
            app = new RunningTollgate(Map.of());
            admin = new ConsoleClient(app.base());
            assertEquals(200, admin.loginAndEnrol("admin", log.consolePassword()).statusCode());
        }
        relay = new RelayAdmin(app);
    }

    @AfterAll
    static void stop() {
        app.close();
        upstream.close();
    }

    private static Map<String, String> priced(String name) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("name", name, "kind", "chat", "routes", "openai=up-model",
                "input_price", "1000", "output_price", "2000", "call_price", "0.5", "cached_input_price", "",
                "max_output_tokens", "4096", "moderation", "off", "enabled", "on"));
        form.put("speech_price", "0");
        form.put("transcription_price", "0");
        return form;
    }

    private static JsonNode model(String name) {
        for (JsonNode model : RelayAdmin.read(app.admin("GET", "/admin/api/models", null).body()).get("data")) {
            if (model.get("name").asText().equals(name)) {
                return model;
            }
        }
        return null;
    }

    private static BigDecimal charge(RelayAdmin.Caller caller, String model) {
        BigDecimal before = relay.balance(caller);
        HttpResponse<String> reply = relay.chat(caller, model, false);
        assertEquals(200, reply.statusCode(), reply.body());
        BigDecimal charged = before.subtract(relay.balance(caller));
        System.out.println("charged " + charged.toPlainString() + " points for " + KeyedUpstream.PROMPT_TOKENS + " prompt and "
                + KeyedUpstream.COMPLETION_TOKENS + " completion tokens");
        return charged;
    }

    @Test
    void aModelPricedFromTheFormChargesExactlyThosePricesTimesTheGroupRatioWhichPricingShows() {
        String form = admin.get("/console/models/new").body();
        for (String id : new String[] {"model-name", "model-kind", "model-input-price", "model-output-price", "model-call-price",
                "model-cached-input-price", "model-cache-write-price", "model-speech-price", "model-transcription-price"}) {
            assertTrue(form.contains("id=\"" + id + "\""), id);
        }
        Map<String, String> bad = priced("priced-m");
        bad.put("input_price", "-1");
        assertEquals(400, admin.submit("/console/models/new", "/console/models/new", bad).statusCode());
        assertEquals(null, model("priced-m"), "a refused form stores nothing");

        assertEquals(303, admin.submit("/console/models/new", "/console/models/new", priced("priced-m")).statusCode());
        assertEquals(409, admin.submit("/console/models/new", "/console/models/new", priced("priced-m")).statusCode());
        JsonNode stored = model("priced-m");
        assertEquals(0, new BigDecimal("1000").compareTo(stored.get("inputPrice").decimalValue()));
        assertEquals(0, new BigDecimal("0.5").compareTo(stored.get("perCallPrice").decimalValue()));
        assertTrue(stored.get("cachedInputPrice").isNull());
        relay.account("priced", "openai", upstream.baseUrl(), "priced-m", KEY);
        RelayAdmin.Caller caller = relay.caller(new BigDecimal("100"));

        // (10 × 1000 + 2 × 2000) / 1M + 0.5 per call
        assertEquals(new BigDecimal("0.514"), charge(caller, "priced-m").stripTrailingZeros());

        String page = "/console/users/" + caller.id() + "/group";
        assertEquals(303, admin.submit(page, page, Map.of("group", "vip", "ratio", "2")).statusCode());
        assertEquals(new BigDecimal("1.028"), charge(caller, "priced-m").stripTrailingZeros());
        assertTrue(admin.get("/console/groups").body().contains("data-group=\"vip\""));

        ConsoleClient user = new ConsoleClient(app.base());
        assertEquals(303, user.submit("/me/login", "/me/login", Map.of("username", caller.username(), "password", "password123")).statusCode());
        String pricing = user.get("/me/pricing").body();
        String row = pricing.substring(pricing.indexOf("data-model=\"priced-m\""));
        assertTrue(row.contains(">" + Texts.english().points(new BigDecimal("2000")) + "<"), row);
        assertTrue(row.contains(">" + Texts.english().points(new BigDecimal("4000")) + "<"), row);

        assertEquals(303, admin.submit("/console/groups", "/console/groups/ratio", Map.of("group", "vip", "ratio", "3")).statusCode());
        assertEquals(new BigDecimal("1.542"), charge(caller, "priced-m").stripTrailingZeros());
        String audit = admin.get("/console/audit").body();
        assertTrue(audit.contains("set-user-group") && audit.contains("set-group-ratio") && audit.contains("add-model"));
    }

    @Test
    void editingAModelChangesItsPricesAndBadInputChangesNothing() {
        assertEquals(303, admin.submit("/console/models/new", "/console/models/new", priced("edited-m")).statusCode());
        String edit = "/console/models/edited-m/edit";
        assertTrue(admin.get(edit).body().contains("value=\"2000\""));
        Map<String, String> changed = priced("edited-m");
        changed.put("output_price", "3000");
        changed.put("speech_price", "abc");
        assertEquals(400, admin.submit(edit, edit, changed).statusCode());
        assertEquals(0, new BigDecimal("2000").compareTo(model("edited-m").get("outputPrice").decimalValue()));
        for (Map.Entry<String, String> wrong : Map.of("kind", "video", "routes", "nowhere", "max_output_tokens", "0",
                "moderation", "maybe", "public_daily_tokens", "-5", "call_price", "1\u00002").entrySet()) {
            Map<String, String> form = priced("edited-m");
            form.put("public", "on");
            form.put(wrong.getKey(), wrong.getValue());
            HttpResponse<String> reply = admin.submit(edit, edit, form);
            assertTrue(reply.statusCode() >= 400 && reply.statusCode() < 500, wrong + " → " + reply.statusCode());
        }
        changed.put("speech_price", "0");
        changed.remove("enabled");
        assertEquals(303, admin.submit(edit, edit, changed).statusCode());
        JsonNode stored = model("edited-m");
        assertEquals(0, new BigDecimal("3000").compareTo(stored.get("outputPrice").decimalValue()));
        assertFalse(stored.get("enabled").asBoolean());
        assertEquals(404, admin.get("/console/models/nothing-here/edit").statusCode());
    }
}
