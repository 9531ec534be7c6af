import io.javalin.Javalin;
import java.io.IOException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * The floor under Tollgate's relay: the same server (Javalin on virtual threads) relaying a chat call to the mock
 * upstream, with nothing else (no key, no routing, no hold, no charge). {@code -Dfloor.mode=} picks the upstream call:
 * {@code httpclient} (Apache HttpClient 5 classic, Tollgate's client), {@code raw} (a keep-alive socket and a
 * Content-Length reply, the least an HTTP/1.1 exchange can do), or {@code canned} (no upstream call: the mock's reply,
 * fetched once at start, served from memory).
 */
public final class Floor {

    // As Tollgate's client: a socket read with a timeout parks its virtual thread on the JDK's timer thread, a
    // platform thread woken twice per read; Tollgate bounds its waits with watchdogs of its own instead.
    private static final RequestConfig UNTIMED_READS = RequestConfig.custom().setResponseTimeout(Timeout.DISABLED).build();

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        String chat = args[1] + "/chat/completions";
        String mode = System.getProperty("floor.mode", "httpclient");
        CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(1024).setMaxConnPerRoute(512).build())
                .setDefaultRequestConfig(UNTIMED_READS)
                .disableAutomaticRetries().disableContentCompression().disableCookieManagement().disableRedirectHandling().build();
        RawClient raw = new RawClient(chat);
        byte[] canned = mode.equals("canned") ? raw.post("{\"model\":\"gpt-4o-mini\",\"messages\":[]}".getBytes()) : null;
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.concurrency.useVirtualThreads = true;
            config.jetty.port = port;
            config.routes.post("/v1/chat/completions", ctx -> {
                byte[] body = ctx.bodyAsBytes();
                ctx.contentType("application/json");
                switch (mode) {
                    case "canned" -> ctx.result(canned);
                    case "raw" -> ctx.result(raw.post(body));
                    default -> {
                        HttpPost post = new HttpPost(chat);
                        post.setHeader("Authorization", "Bearer sk-test");
                        post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
                        client.execute(post, response -> {
                            ctx.status(response.getCode());
                            ctx.result(EntityUtils.toByteArray(response.getEntity()));
                            return null;
                        });
                    }
                }
            });
        }).start();
    }
}
