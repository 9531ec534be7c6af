package io.tollgate.adapter.provider.webhook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.provider.shapes.OpenAiShapes;
import io.tollgate.application.account.Notice;
import io.tollgate.application.account.Reminders;
import io.tollgate.domain.identity.UserId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminders as a JSON POST to the operator's webhook: {@code {"user_id", "notices": [{kind, account_id,
 * account_name, message, at}]}}. A failed delivery is logged (without the URL's query, which may hold a token).
 */
public final class WebhookReminders implements Reminders {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookReminders.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI webhook;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public WebhookReminders(URI webhook) {
        this.webhook = webhook;
    }

    @Override
    public void remind(UserId owner, List<Notice> notices) {
        ObjectNode body = OpenAiShapes.JSON.createObjectNode().put("user_id", owner.toString());
        ArrayNode list = body.putArray("notices");
        for (Notice notice : notices) {
            list.addObject().put("kind", notice.kind().name().toLowerCase(Locale.ROOT))
                    .put("account_id", notice.account().toString())
                    .put("account_name", notice.accountName())
                    .put("message", notice.message())
                    .put("at", notice.at().map(Instant::toString).orElse(null));
        }
        HttpRequest request = HttpRequest.newBuilder(webhook).timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 300) {
                LOG.warn("The reminder webhook {} answered HTTP {} to {} notice(s)", where(), status, notices.size());
            }
        } catch (IOException failed) {
            LOG.warn("The reminder webhook {} could not be reached: {}", where(), failed.getClass().getSimpleName());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private String where() {
        return webhook.getScheme() + "://" + webhook.getAuthority() + webhook.getPath();
    }
}
