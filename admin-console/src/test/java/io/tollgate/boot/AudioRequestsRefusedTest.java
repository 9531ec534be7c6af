package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the audio endpoints refuse, in OpenAI's error shape naming the parameter, before anything is held or called. */
class AudioRequestsRefusedTest {

    private static RunningTollgate tg;
    private static RelayAdmin admin;

    @BeforeAll
    static void start() {
        tg = new RunningTollgate(Map.of());
        admin = new RelayAdmin(tg);
        assertEquals(201, tg.admin("POST", "/admin/api/models", "{\"name\":\"mock-stt\",\"kind\":\"transcription\","
                + "\"routes\":[{\"platform\":\"mock\"}],\"transcriptionPrice\":6}").statusCode());
        admin.account("mock-stt", "mock", "http://mock.invalid/v1", "mock-stt");
    }

    @AfterAll
    static void stop() {
        tg.close();
    }

    private static HttpResponse<String> form(RelayAdmin.Caller caller, String contentType, String body) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(tg.base() + "/v1/audio/transcriptions"))
                    .header("Content-Type", contentType).header("Authorization", "Bearer " + caller.key())
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String field(String name, String value) {
        return "--b\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static void refused(HttpResponse<String> reply, int status, String code, String param) {
        assertEquals(status, reply.statusCode(), reply.body());
        JsonNode error = RelayAdmin.read(reply.body()).get("error");
        assertEquals(code, error.get("code").asText(), reply.body());
        if (param != null) {
            assertEquals(param, error.get("param").asText(), reply.body());
        }
    }

    @Test
    void brokenFormsAndFieldsAreRefusedNamingTheParameterAndNothingIsCharged() throws Exception {
        RelayAdmin.Caller caller = admin.caller(new BigDecimal("10"));
        String file = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.mp3\"\r\n\r\nID3abc\r\n";

        refused(form(caller, "multipart/form-data; boundary=b", field("model", "mock-stt") + "--b--\r\n"), 400, "invalid_request", "file");
        refused(form(caller, "multipart/form-data; boundary=b", file + "--b--\r\n"), 400, "invalid_request", "model");
        refused(form(caller, "multipart/form-data; boundary=b", file + field("model", "mock-stt") + field("temperature", "7") + "--b--\r\n"),
                400, "invalid_request", "temperature");
        refused(form(caller, "multipart/form-data; boundary=b", file + field("model", "mock-stt") + field("response_format", "xml")
                + "--b--\r\n"), 400, "invalid_request", "response_format");
        refused(form(caller, "application/json", "{\"model\":\"mock-stt\"}"), 400, "invalid_request", null);
        refused(form(caller, "multipart/form-data; boundary=b", file + field("model", "mock-stt")), 400, "invalid_request", null);
        refused(tg.post("/v1/audio/speech", "{\"model\":\"mock-stt\",\"input\":\"hi\",\"voice\":\"alloy\",\"speed\":9}",
                "Authorization", "Bearer " + caller.key()), 400, "invalid_request", "speed");
        refused(tg.post("/v1/audio/speech", "{\"model\":\"mock-stt\",\"input\":\"hi\",\"voice\":\"alloy\"}",
                "Authorization", "Bearer " + caller.key()), 400, "wrong_endpoint", null);
        HttpResponse<String> chatModel = form(caller, "multipart/form-data; boundary=b", file + field("model", "mock-gpt") + "--b--\r\n");
        refused(chatModel, 400, "wrong_endpoint", null);
        assertTrue(chatModel.body().contains("POST /v1/chat/completions"), chatModel.body());

        assertEquals(0, new BigDecimal("10").compareTo(admin.balance(caller)));
        assertEquals(1, admin.ledger(caller).size(), "only the opening balance");
    }
}
