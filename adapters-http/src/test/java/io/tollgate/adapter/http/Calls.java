package io.tollgate.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Request;
import io.javalin.testtools.Response;
import io.tollgate.adapter.http.support.Json;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** JSON calls against a JavalinTest client, returning status and parsed body together. */
record Calls(HttpClient client) {

    record Reply(int status, JsonNode json, String raw) {}

    Reply post(String path, String body, String... headers) {
        return send(path, "POST", body, headers);
    }

    Reply admin(String method, String path, String body) {
        return send(path, method, body, "Authorization", "Bearer " + TestApp.ADMIN_TOKEN);
    }

    Reply send(String path, String method, String body, String... headers) {
        Request.Builder builder = new Request.Builder().url(client.getOrigin() + path);
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        switch (method) {
            case "GET" -> builder.get();
            case "POST" -> builder.post(publisher);
            case "PUT" -> builder.put(publisher);
            case "PATCH" -> builder.patch(publisher);
            case "DELETE" -> builder.delete(publisher);
            default -> throw new IllegalArgumentException(method);
        }
        Response response = client.request(builder.header("Content-Type", "application/json").build());
        String raw = response.body().string();
        return new Reply(response.code(), Json.parse(raw.getBytes(StandardCharsets.UTF_8)).orElse(null), raw);
    }
}
