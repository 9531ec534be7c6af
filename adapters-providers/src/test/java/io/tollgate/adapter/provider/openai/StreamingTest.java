package io.tollgate.adapter.provider.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.provider.FakePlatform;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.Usage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StreamingTest {

    static final String CHUNK_1 = "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
            + "\"delta\":{\"role\":\"assistant\",\"content\":\"Hel\"},\"finish_reason\":null}],\"usage\":null}";
    static final String CHUNK_2 = "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
            + "\"delta\":{\"content\":\"lo\"},\"finish_reason\":\"stop\"}],\"usage\":null}";
    static final String USAGE = "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[],"
            + "\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":2,\"total_tokens\":11}}";

    @Test
    void contentChunksThenTheUsageOnlyChunkThenDone() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.sse(5, "data: " + CHUNK_1 + "\n\n", "data: " + CHUNK_2 + "\n\n",
                "data: " + USAGE + "\n\n", "data: [DONE]\n\n"))) {
            List<StreamEvent> events = Fixtures.drain(Fixtures.provider().call(Fixtures.request(Platform.OPENAI, platform.baseUrl(), true)));
            assertEquals(4, events.size(), events.toString());
            assertEquals("data: " + CHUNK_1 + "\n\n", Fixtures.text(events.get(0)));
            assertEquals("data: " + CHUNK_2 + "\n\n", Fixtures.text(events.get(1)));
            StreamEvent.Data first = (StreamEvent.Data) events.get(0);
            assertEquals("Hel", first.text());
            assertEquals(Optional.empty(), first.usage());
            assertFalse(first.usageOnly());
            assertEquals("lo", ((StreamEvent.Data) events.get(1)).text());
            StreamEvent.Data usage = (StreamEvent.Data) events.get(2);
            assertTrue(usage.usageOnly());
            assertEquals(Optional.of(new Usage(9, 2, false)), usage.usage());
            assertEquals("", usage.text());
            assertInstanceOf(StreamEvent.Done.class, events.get(3));
        }
    }

    @Test
    void sparkDataWithoutASpaceIsReframedAndItsLastContentChunkCarriesUsage() throws Exception {
        String last = "{\"code\":0,\"message\":\"Success\",\"sid\":\"cha1\",\"id\":\"cha1\",\"choices\":[{\"delta\":{\"role\":\"assistant\","
                + "\"content\":\"好\"},\"index\":0}],\"usage\":{\"prompt_tokens\":4,\"completion_tokens\":1,\"total_tokens\":5}}";
        try (FakePlatform platform = new FakePlatform(FakePlatform.sse(0, "data:" + last + "\r\n\r\n", "data:[DONE]\r\n\r\n"))) {
            List<StreamEvent> events = Fixtures.drain(Fixtures.provider().call(Fixtures.request(Platform.SPARK, platform.baseUrl(), true)));
            assertEquals("data: " + last + "\n\n", Fixtures.text(events.get(0)));
            StreamEvent.Data data = (StreamEvent.Data) events.get(0);
            assertEquals("好", data.text());
            assertEquals(Optional.of(new Usage(4, 1, false)), data.usage());
            assertFalse(data.usageOnly());
            assertInstanceOf(StreamEvent.Done.class, events.get(1));
        }
    }

    @Test
    void reasoningContentCountsAsTextAndEventsSplitAcrossWritesAreJoined() throws Exception {
        String chunk = "{\"choices\":[{\"index\":0,\"delta\":{\"reasoning_content\":\"think \",\"content\":\"answer\"}}]}";
        String framed = "data: " + chunk + "\n\n";
        int cut = framed.length() / 2;
        try (FakePlatform platform = new FakePlatform(FakePlatform.sse(20, ": keep-alive\n\n", framed.substring(0, cut),
                framed.substring(cut), "data: [DONE]\n\n"))) {
            List<StreamEvent> events = Fixtures.drain(Fixtures.provider().call(Fixtures.request(Platform.GLM, platform.baseUrl(), true)));
            assertEquals(framed, Fixtures.text(events.get(0)));
            assertEquals("think answer", ((StreamEvent.Data) events.get(0)).text());
            assertInstanceOf(StreamEvent.Done.class, events.get(1));
        }
    }
}
