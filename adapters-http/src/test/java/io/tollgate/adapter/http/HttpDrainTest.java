package io.tollgate.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A draining server refuses new requests in the door's shape and waits for the ones it took, up to the grace. */
class HttpDrainTest {

    private final HttpDrain drain = new HttpDrain(false);
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Javalin app = Javalin.create(config -> {
        config.startup.showJavalinBanner = false;
        config.jetty.modifyServer(server -> server.setHandler(drain));
        config.routes.get("/v1/slow", ctx -> {
            entered.countDown();
            release.await();
            ctx.result("finished");
        });
        config.routes.get("/shareAuth/init", ctx -> ctx.result("served"));
    }).start(0);

    @AfterEach
    void stop() {
        release.countDown();
        app.stop();
    }

    @Test
    void whileDrainingNewRequestsAreRefusedAndTheOneInFlightIsAnswered() throws Exception {
        CompletableFuture<HttpResponse<String>> slow = send("/v1/slow");
        assertTrue(entered.await(10, TimeUnit.SECONDS));
        CompletableFuture<HttpDrain.Report> drained = CompletableFuture.supplyAsync(() -> drainFor(Duration.ofSeconds(30)));
        HttpResponse<String> refused = refusalOf("/v1/models");
        assertEquals(503, refused.statusCode());
        assertEquals("close", refused.headers().firstValue("Connection").orElse(""));
        assertEquals("{\"error\":{\"message\":\"Tollgate is shutting down; retry on another instance or later\","
                + "\"type\":\"service_unavailable\",\"param\":null,\"code\":\"shutting_down\"}}", refused.body());
        HttpResponse<String> shareAuth = refusalOf("/shareAuth/init");
        assertTrue(shareAuth.body().startsWith("{\"success\":false,") && shareAuth.body().contains("\"code\":\"shutting_down\""),
                shareAuth.body());
        assertTrue(!drained.isDone(), "the drain waits for the call in flight");
        release.countDown();
        assertEquals("finished", slow.get(10, TimeUnit.SECONDS).body());
        HttpDrain.Report report = drained.get(10, TimeUnit.SECONDS);
        System.out.println("drain report: " + report);
        assertEquals(1, report.inFlightAtStart());
        assertEquals(0, report.cut());
        assertEquals(1, report.finished());
        assertTrue(report.refused() >= 2, report.toString());
    }

    @Test
    void whenTheGraceRunsOutTheDrainReturnsWithTheCallStillRunning() throws Exception {
        send("/v1/slow");
        assertTrue(entered.await(10, TimeUnit.SECONDS));
        HttpDrain.Report report = drainFor(Duration.ofMillis(300));
        System.out.println("drain report: " + report);
        assertEquals(1, report.inFlightAtStart());
        assertEquals(1, report.cut());
        assertTrue(report.took().compareTo(Duration.ofMillis(300)) >= 0, report.toString());
    }

    @Test
    void withNothingInFlightTheDrainEndsAtOnce() throws Exception {
        assertEquals("served", client.send(request("/shareAuth/init"), HttpResponse.BodyHandlers.ofString()).body());
        // The server completes a reply's bookkeeping just after the caller has read it.
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (drain.inFlight() > 0 && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        HttpDrain.Report report = drainFor(Duration.ofSeconds(30));
        assertEquals(0, report.inFlightAtStart());
        assertEquals(0, report.cut());
        assertTrue(report.took().compareTo(Duration.ofSeconds(5)) < 0, report.toString());
    }

    @Test
    void theDrainEndsOnlyOnceRequestsStoppedArrivingSoThoseAcceptedJustBeforeTheStopGetAReply() throws Exception {
        CompletableFuture<HttpDrain.Report> drained = CompletableFuture.supplyAsync(() -> drainFor(Duration.ofSeconds(30)));
        long start = System.nanoTime();
        int refusals = 0;
        while (System.nanoTime() - start < 3 * HttpDrain.QUIET.toNanos()) {
            assertEquals(503, client.send(request("/shareAuth/init"), HttpResponse.BodyHandlers.ofString()).statusCode());
            refusals++;
            assertTrue(!drained.isDone(), "the drain waits while requests keep arriving");
            Thread.sleep(HttpDrain.QUIET.toMillis() / 5);
        }
        HttpDrain.Report report = drained.get(10, TimeUnit.SECONDS);
        assertEquals(refusals, report.refused());
        assertTrue(report.took().compareTo(Duration.ofNanos(System.nanoTime() - start).minus(HttpDrain.QUIET)) >= 0, report.toString());
    }

    @Test
    void aCallerThatKeepsSendingDoesNotHoldTheStopForTheWholeGrace() throws Exception {
        CompletableFuture<HttpDrain.Report> drained = CompletableFuture.supplyAsync(() -> drainFor(Duration.ofSeconds(30)));
        while (!drained.isDone()) {
            client.send(request("/shareAuth/init"), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(HttpDrain.QUIET.toMillis() / 5);
        }
        HttpDrain.Report report = drained.get();
        assertTrue(report.took().compareTo(HttpDrain.MOST_QUIET_WAIT.plusSeconds(3)) < 0, report.toString());
        assertTrue(report.refused() > 0, report.toString());
    }

    /** Asks until the drain has begun, then returns the refusal. */
    private HttpResponse<String> refusalOf(String path) throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            HttpResponse<String> reply = client.send(request(path), HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() == 503) {
                return reply;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("never refused");
    }

    private HttpDrain.Report drainFor(Duration grace) {
        try {
            return drain.drain(grace);
        } catch (InterruptedException interrupted) {
            throw new IllegalStateException(interrupted);
        }
    }

    private CompletableFuture<HttpResponse<String>> send(String path) {
        return client.sendAsync(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build();
    }
}
