package io.tollgate.boot;

import static io.tollgate.boot.FakePlatform.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.HttpResponse;
import com.openai.models.audio.speech.SpeechCreateParams;
import com.openai.models.audio.transcriptions.TranscriptionCreateParams;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /v1/audio/speech} and {@code /v1/audio/transcriptions} end to end: the official SDK against the mock platform,
 * failover across a fake OpenAI-compatible platform, and exact billing in characters and milliseconds on PostgreSQL.
 */
class AudioEndpointsTest {

    static final byte[] MP3 = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xfb};

    private static FakePlatform platform;
    private static RunningTollgate tg;
    private static RelayAdmin admin;

    @BeforeAll
    static void start() throws Exception {
        String overloaded = "{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}";
        platform = new FakePlatform(Map.of(
                "down", json(500, overloaded),
                "busy", json(429, "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}",
                        "Retry-After", "20"),
                "voice", exchange -> {
                    exchange.getResponseHeaders().add("Content-Type", "audio/mpeg");
                    exchange.sendResponseHeaders(200, MP3.length);
                    exchange.getResponseBody().write(MP3);
                },
                "deaf", json(503, overloaded),
                "ears", json(200, "{\"text\":\"one balance\",\"usage\":{\"type\":\"duration\",\"seconds\":12.5}}")));
        tg = new RunningTollgate(Map.of());
        admin = new RelayAdmin(tg);
        audioModel("mock-tts", "mock", "speech", "speechPrice", "1000");
        audioModel("mock-stt", "mock", "transcription", "transcriptionPrice", "6");
        audioModel("remote-tts", "openai", "speech", "speechPrice", "15000");
        audioModel("remote-stt", "openai", "transcription", "transcriptionPrice", "60");
        admin.account("mock-tts", "mock", "http://mock.invalid/v1", "mock-tts");
        admin.account("mock-stt", "mock", "http://mock.invalid/v1", "mock-stt");
        // The quota orders the accounts: the most left is tried first, so the failing ones come before the healthy one.
        account("down", "remote-tts", 3_000_000);
        account("busy", "remote-tts", 2_000_000);
        account("voice", "remote-tts", 1_000_000);
        account("deaf", "remote-stt", 2_000_000);
        account("ears", "remote-stt", 1_000_000);
    }

    @AfterAll
    static void stop() {
        tg.close();
        platform.close();
    }

    private static void audioModel(String name, String platformName, String kind, String priceField, String price) {
        java.net.http.HttpResponse<String> added = tg.admin("POST", "/admin/api/models", "{\"name\":\"" + name + "\",\"kind\":\"" + kind
                + "\",\"routes\":[{\"platform\":\"" + platformName + "\"}],\"" + priceField + "\":" + price + "}");
        assertEquals(201, added.statusCode(), added.body());
    }

    private static void account(String name, String model, long quota) {
        java.net.http.HttpResponse<String> added = tg.admin("POST", "/admin/api/accounts", "{\"platform\":\"openai\",\"name\":\"" + name
                + "\",\"baseUrl\":\"" + platform.baseUrl(name) + "\",\"credential\":\"key-" + name + ".secret\",\"models\":[\"" + model
                + "\"],\"dailyTokenQuota\":" + quota + "}");
        assertEquals(201, added.statusCode(), added.body());
    }

    private static OpenAIClient sdk(RelayAdmin.Caller caller) {
        return OpenAIOkHttpClient.builder().apiKey(caller.key()).baseUrl(tg.base() + "/v1").maxRetries(0).build();
    }

    /** A PCM WAV (8 kHz, 16-bit mono) of {@code millis} of silence. */
    static byte[] wav(int millis) {
        int data = millis * 16;
        ByteBuffer wav = ByteBuffer.allocate(44 + data).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + data).put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(data);
        return wav.array();
    }

    private static byte[] speak(OpenAIClient client, String model, String input) {
        try (HttpResponse reply = client.audio().speech().create(SpeechCreateParams.builder().model(model).input(input)
                .voice("alloy").responseFormat(SpeechCreateParams.ResponseFormat.WAV).build())) {
            return reply.body().readAllBytes();
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    private static String transcribe(OpenAIClient client, String model, byte[] file) {
        return client.audio().transcriptions().create(TranscriptionCreateParams.builder().model(model).file(file).build())
                .asTranscription().text();
    }

    private static java.net.http.HttpResponse<String> multipart(RelayAdmin.Caller caller, String boundary, String form) {
        try (java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient()) {
            return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(tg.base() + "/v1/audio/transcriptions"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", "Bearer " + caller.key())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form, StandardCharsets.ISO_8859_1)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }

    @Test
    void theSdkGetsSpeechAsWavBytesAndATranscriptionAsTypedText() {
        OpenAIClient client = sdk(admin.caller(new BigDecimal("10")));

        byte[] audio = speak(client, "mock-tts", "One gateway, one balance.");
        String text = transcribe(client, "mock-stt", wav(1500));

        assertEquals("RIFF", new String(audio, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(44 + 25 * 10 * 16, audio.length, "10 ms of 8 kHz 16-bit silence per character");
        assertEquals("mock transcription of " + (44 + 1500 * 16) + " bytes, 1500 ms of audio", text);
    }

    @Test
    void speechAndTranscriptionsFailOverFromFailingAccountsToAHealthyOne() {
        RelayAdmin.Caller caller = admin.caller(new BigDecimal("100"));
        OpenAIClient client = sdk(caller);
        int failing = platform.calls("down") + platform.calls("busy") + platform.calls("deaf");

        byte[] audio = speak(client, "remote-tts", "Hello, Tollgate!");
        String text = transcribe(client, "remote-stt", MP3);

        assertArrayEquals(MP3, audio);
        assertEquals("one balance", text);
        assertTrue(platform.calls("down") + platform.calls("busy") + platform.calls("deaf") > failing, "a failing account was tried first");
        // 16 characters × 15 000 / 1M = 0.24; 12.5 s from the reply's usage.seconds × 60 per minute = 12.5
        assertEquals(0, new BigDecimal("12.74").compareTo(new BigDecimal("100").subtract(admin.balance(caller))));
    }

    @Test
    void everyCallHasOneUsageRecordInItsUnitsAndOneLedgerEntryAndTheySumToTheBalanceChange() {
        RelayAdmin.Caller caller = admin.caller(new BigDecimal("50"));
        OpenAIClient client = sdk(caller);
        for (int i = 0; i < 2; i++) {
            speak(client, "mock-tts", "héllo 👋");
            transcribe(client, "mock-stt", wav(1500));
        }

        JsonNode usage = RelayAdmin.read(tg.admin("GET", "/admin/api/users/" + caller.id() + "/usage?limit=100", null).body()).get("data");
        BigDecimal charged = BigDecimal.ZERO;
        for (JsonNode record : usage) {
            charged = charged.add(record.get("cost").decimalValue());
            boolean speech = record.get("model").asText().equals("mock-tts");
            assertEquals(speech ? "speech" : "transcription", record.get("kind").asText());
            assertEquals(speech ? 7 : 1500, record.get("units").asLong(), "7 code points; 1 500 ms from the WAV header");
        }
        assertEquals(4, usage.size());
        assertEquals(0, charged.compareTo(new BigDecimal("50").subtract(admin.balance(caller))), "Σ costs = Δ balance");
        assertEquals(5, admin.ledger(caller).size(), "the opening balance and one entry per charged call");
        // 7 × 1 000 / 1M = 0.007; 1 500 ms × 6 per minute = 0.15
        assertTrue(usage.findValuesAsText("cost").containsAll(java.util.List.of("0.007", "0.15")), usage.toString());
    }

    @Test
    void aBalanceThatCannotCoverTheHoldIsRefusedBeforeAnyPlatformIsCalled() {
        RelayAdmin.Caller poor = admin.caller(new BigDecimal("1"));
        int speakers = platform.calls("down") + platform.calls("busy") + platform.calls("voice");
        int listeners = platform.calls("deaf") + platform.calls("ears");

        java.net.http.HttpResponse<String> speech = tg.post("/v1/audio/speech", "{\"model\":\"remote-tts\",\"voice\":\"alloy\",\"input\":\""
                + "x".repeat(100) + "\"}", "Authorization", "Bearer " + poor.key());
        // 2 000 bytes of a format other than WAV hold as 2 s (8 kbit/s): 2 points at 60 per minute
        String boundary = "b0undary";
        String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\nremote-stt\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.mp3\"\r\nContent-Type: audio/mpeg\r\n\r\n"
                + "m".repeat(2000) + "\r\n--" + boundary + "--\r\n";
        java.net.http.HttpResponse<String> transcription = multipart(poor, boundary, form);

        for (java.net.http.HttpResponse<String> reply : java.util.List.of(speech, transcription)) {
            assertEquals(402, reply.statusCode(), reply.body());
            assertEquals("insufficient_quota", RelayAdmin.read(reply.body()).at("/error/code").asText());
        }
        assertEquals(speakers, platform.calls("down") + platform.calls("busy") + platform.calls("voice"), "no platform saw a request");
        assertEquals(listeners, platform.calls("deaf") + platform.calls("ears"), "no platform saw a request");
        assertEquals(0, BigDecimal.ONE.compareTo(admin.balance(poor)));
    }
}
