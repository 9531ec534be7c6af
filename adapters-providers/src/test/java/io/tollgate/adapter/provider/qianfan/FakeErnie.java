package io.tollgate.adapter.provider.qianfan;

import io.tollgate.adapter.provider.FakePlatform;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.UpstreamRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A fake Qianfan v1 on 127.0.0.1: a token endpoint that counts its calls and issues tok-1, tok-2, …, and a scripted chat endpoint. */
final class FakeErnie implements AutoCloseable {

    /** The chat endpoint's answer, given the access token it was called with. */
    interface Chat {
        FakePlatform.Script answer(String token);
    }

    final AtomicInteger tokenFetches = new AtomicInteger();
    final List<String> chatQueries = new CopyOnWriteArrayList<>();
    final List<String> chatPaths = new CopyOnWriteArrayList<>();
    final List<String> tokenQueries = new CopyOnWriteArrayList<>();
    volatile long tokenDelayMs;
    private final FakePlatform platform;

    FakeErnie(Chat chat) throws IOException {
        platform = new FakePlatform(exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            if (exchange.getRequestURI().getPath().equals(ErnieTokens.PATH)) {
                tokenQueries.add(query);
                int n = tokenFetches.incrementAndGet();
                Thread.sleep(tokenDelayMs);
                FakePlatform.json(200, "{\"refresh_token\":\"r\",\"expires_in\":2592000,\"scope\":\"public\",\"session_key\":\"s\","
                        + "\"access_token\":\"tok-" + n + "\",\"session_secret\":\"x\"}").serve(exchange);
                return;
            }
            chatQueries.add(query);
            chatPaths.add(exchange.getRequestURI().getPath());
            chat.answer(query.replaceFirst(".*access_token=", "")).serve(exchange);
        });
    }

    static FakePlatform.Script sse(String... frames) {
        String[] pieces = new String[frames.length];
        for (int i = 0; i < frames.length; i++) {
            pieces[i] = "data: " + frames[i] + "\n\n";
        }
        return FakePlatform.sse(0, pieces);
    }

    String baseUrl() {
        return platform.baseUrl().replaceFirst("/v1$", "");
    }

    FakePlatform.Received last() {
        return platform.last();
    }

    UpstreamRequest request(String model, String body, boolean stream, Map<String, String> options) {
        return new UpstreamRequest(Fixtures.account(Platform.ERNIE_V1, baseUrl(), options), "ak-123:sk-456", model,
                body.getBytes(StandardCharsets.UTF_8), stream);
    }

    UpstreamRequest request(boolean stream) {
        return request("ernie-4.0-8k", Fixtures.BODY, stream, Map.of());
    }

    @Override
    public void close() {
        platform.close();
    }
}
