package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's walk-throughs of the kinds other than chat, run with bash exactly as written on the mock platform. */
class ReadmeKindsWalkthroughTest {

    @Test
    void embeddingsAndRerankRunOfflineAndAreBilledByKind() throws Exception {
        String script = ReadmeWalkthroughTest.walkthroughScript("### Embeddings and rerank")
                .replace("paste-the-admin-token-here", RunningTollgate.ADMIN_TOKEN);
        String output;
        try (RunningTollgate tg = new RunningTollgate(Map.of())) {
            output = ReadmeWalkthroughTest.bash(script, tg.base());
        }
        assertTrue(output.contains("\"object\":\"embedding\",\"index\":1"), output);
        assertTrue(output.matches("(?s).*\"embedding\":\"[A-Za-z0-9+/]{22}==\".*"), "four base64 floats: " + output);
        assertTrue(output.contains("\"results\":[{\"index\":1,\"relevance_score\":1.0,\"document\":{\"text\":\"green tea leaves\"}}"), output);
        assertTrue(output.contains("The model 'mock-embed' is an embedding model: call POST /v1/embeddings"), output);
        assertTrue(output.contains("\"kind\":\"rerank\"") && output.contains("\"kind\":\"embedding\",\"units\":"), output);
    }

    @Test
    void speechAndTranscriptionRunOfflineAndAreBilledInCharactersAndMilliseconds() throws Exception {
        String script = ReadmeWalkthroughTest.walkthroughScript("### Speech and transcription")
                .replace("paste-the-admin-token-here", RunningTollgate.ADMIN_TOKEN);
        String output;
        try (RunningTollgate tg = new RunningTollgate(Map.of())) {
            output = ReadmeWalkthroughTest.bash(script, tg.base());
        }
        assertTrue(output.contains("200 audio/wav 4044 bytes"), output);
        assertTrue(output.contains("{\"text\":\"mock transcription of 4044 bytes, 250 ms of audio\"}"), output);
        assertTrue(output.contains("\"duration\":0.250"), output);
        assertTrue(output.contains("\"cost\":\"0.375\"") || output.contains("\"cost\":0.375"), output);
        assertTrue(output.contains("\"kind\":\"speech\",\"units\":25") && output.contains("\"kind\":\"transcription\",\"units\":250"), output);
    }
}
