package io.tollgate.boot;

import io.tollgate.application.identity.console.SecondFactor;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like client of the console over plain HTTP: keeps cookies, reads CSRF tokens, does not follow redirects. */
final class ConsoleClient {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<");

    private final String base;
    private final HttpClient client = HttpClient.newHttpClient();
    final Map<String, String> cookies = new HashMap<>();
    String totpSecret;
    /** When set, every request says it was forwarded for this address (by a proxy the Tollgate trusts). */
    String forwardedFor;

    ConsoleClient(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        return send(request, headers);
    }

    HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request, headers);
    }

    /** Posts a form body as written (a field may repeat, as ticked checkboxes do). */
    HttpResponse<String> postRaw(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts the form with the CSRF token of the page at {@code formPage}, as a browser submitting it would. */
    HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("csrf", csrf(get(formPage).body()));
        return post(action, form);
    }

    HttpResponse<String> login(String username, String password) {
        return submit("/console/login", "/console/login", Map.of("username", username, "password", password));
    }

    /** Password, then enrolment of a new authenticator; the recovery codes page. */
    HttpResponse<String> loginAndEnrol(String username, String password) {
        login(username, password);
        String page = get("/console/enrol").body();
        Matcher secret = SECRET.matcher(page);
        if (!secret.find()) {
            throw new AssertionError("no TOTP key on the enrolment page:\n" + page);
        }
        totpSecret = secret.group(1);
        return post("/console/enrol", Map.of("csrf", csrf(page), "code", code(Instant.now())));
    }

    String code(Instant at) {
        return SecondFactor.ADMIN_TOTP.code(base32(totpSecret), at);
    }

    static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token in the page:\n" + page);
        }
        return matcher.group(1);
    }

    static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        byte[] out = new byte[text.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int index = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out[index++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            List<String> set = response.headers().allValues("Set-Cookie");
            for (String cookie : set) {
                String pair = cookie.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                if (value.isEmpty() || cookie.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }
}
