package io.tollgate.adapter.provider.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.adapter.provider.errors.ErrorClassifier;
import io.tollgate.adapter.provider.shapes.OpenAiShapes;
import io.tollgate.domain.account.oauth.OAuthClient;
import io.tollgate.domain.account.oauth.OAuthTokenEndpoint;
import io.tollgate.domain.account.oauth.TokenReply;
import io.tollgate.domain.relay.SecretRedaction;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A platform's OAuth 2.0 token endpoint (RFC 6749 §4.1.3 and §6): form-encoded requests with the client's
 * credentials in the body, JSON replies. A 4xx with an {@code error} is a refusal; anything else unexpected is
 * worth another try.
 */
public final class OAuthTokenClient implements OAuthTokenEndpoint {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    public TokenReply exchangeCode(OAuthClient client, String code, String codeVerifier, String redirectUri) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("code_verifier", codeVerifier);
        return post(client, form);
    }

    @Override
    public TokenReply refresh(OAuthClient client, String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        return post(client, form);
    }

    private TokenReply post(OAuthClient client, Map<String, String> form) {
        form.put("client_id", client.clientId());
        if (!client.clientSecret().isEmpty()) {
            form.put("client_secret", client.clientSecret());
        }
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(client.tokenUrl())).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return reply(response.statusCode(), parse(response.body()), client.clientSecret());
        } catch (IOException | IllegalArgumentException unreachable) {
            return new TokenReply.Unreachable("no answer from the token endpoint: " + unreachable.getClass().getSimpleName());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new TokenReply.Unreachable("interrupted");
        }
    }

    static TokenReply reply(int status, JsonNode json) {
        return reply(status, json, "");
    }

    /** The endpoint's words reach the user and the account's status: without the client secret or anything shaped like a key. */
    static TokenReply reply(int status, JsonNode json, String clientSecret) {
        String error = SecretRedaction.redact(json.path("error").asText(""), clientSecret);
        if (status >= 400 && status < 500 && !error.isEmpty()) {
            return new TokenReply.Refused(ErrorClassifier.bounded(error),
                    ErrorClassifier.bounded(SecretRedaction.redact(json.path("error_description").asText(""), clientSecret)));
        }
        String accessToken = json.path("access_token").asText("");
        if (status != 200 || accessToken.isEmpty()) {
            return new TokenReply.Unreachable("HTTP " + status + (error.isEmpty() ? " without an access token" : ": " + ErrorClassifier.bounded(error)));
        }
        Optional<String> refresh = Optional.of(json.path("refresh_token").asText("")).filter(t -> !t.isEmpty());
        long seconds = json.path("expires_in").asLong(0);
        return new TokenReply.Issued(accessToken, refresh, seconds > 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty());
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode json = OpenAiShapes.JSON.readTree(body);
            return json == null ? OpenAiShapes.JSON.createObjectNode() : json;
        } catch (IOException notJson) {
            return OpenAiShapes.JSON.createObjectNode();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
