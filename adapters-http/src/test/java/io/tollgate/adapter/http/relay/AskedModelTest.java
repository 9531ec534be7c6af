package io.tollgate.adapter.http.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Only the top-level model changes, to the asked name; every other byte stays where it was. */
class AskedModelTest {

    private static String in(String asked, String json) {
        return new String(new AskedModel(asked).in(json.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void theTopLevelModelOfAChunkOrReplyBecomesTheAskedName() {
        assertEquals("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"mock-free\",\"choices\":[]}\n\n",
                in("mock-free", "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"mock-gpt\",\"choices\":[]}\n\n"));
        assertEquals("{\n  \"object\" : \"model\",\n  \"model\" : \"Qwen/Qwen2.5-7B\",\n  \"usage\" : {}\n}",
                in("Qwen/Qwen2.5-7B", "{\n  \"object\" : \"model\",\n  \"model\" : \"qwen2.5-7b-instruct\",\n  \"usage\" : {}\n}"));
        assertEquals("{\"model\":\"a\\\"b\\u00e9\",\"x\":1}", in("a\"bé", "{\"model\":\"\",\"x\":1}").replace("é", "\\u00e9"));
    }

    @Test
    void nestedModelsAndStringsThatLookLikeTheFieldAreLeftAlone() {
        String nested = "{\"choices\":[{\"delta\":{\"model\":\"x\",\"content\":\"\\\"model\\\":\\\"y\\\"\"}}],\"model\":\"up\"}";

        assertEquals(nested.replace("\"model\":\"up\"", "\"model\":\"asked\""), in("asked", nested));
        assertEquals("{\"meta\":{\"model\":\"up\"}}", in("asked", "{\"meta\":{\"model\":\"up\"}}"));
        assertEquals("{\"model\":null}", in("asked", "{\"model\":null}"));
        assertEquals("{\"model\":\"unclosed", in("asked", "{\"model\":\"unclosed"));
    }

    @Test
    void aReplyThatAlreadyNamesTheAskedModelIsNotCopied() {
        byte[] same = "{\"model\":\"mock-gpt\"}".getBytes(StandardCharsets.UTF_8);
        byte[] none = "data: {\"error\":{}}\n\n".getBytes(StandardCharsets.UTF_8);

        assertSame(same, new AskedModel("mock-gpt").in(same));
        assertSame(none, new AskedModel("mock-gpt").in(none));
    }

    @Test
    void aStreamRewritesEveryUpstreamEventButNotItsOwnEnd() {
        ByteArrayOutputStream caller = new ByteArrayOutputStream();
        SseSink sink = new SseSink(caller, () -> {}, new AskedModel("mock-free")::in);

        sink.write("data: {\"model\":\"mock-gpt\",\"choices\":[]}\n\n".getBytes(StandardCharsets.UTF_8));
        sink.write("data: {\"model\":\"mock-gpt\",\"usage\":{}}\n\n".getBytes(StandardCharsets.UTF_8));
        sink.finish();

        assertEquals("data: {\"model\":\"mock-free\",\"choices\":[]}\n\ndata: {\"model\":\"mock-free\",\"usage\":{}}\n\ndata: [DONE]\n\n",
                caller.toString(StandardCharsets.UTF_8));
    }
}
