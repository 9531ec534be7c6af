package io.tollgate.domain.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretRedactionTest {

    @ParameterizedTest
    @ValueSource(strings = {"sk-proj-Abc123def456ghi789", "sk-ant-api03-Zx9Qw8Er7Ty6Ui5Op4As3Df2", "Bearer abc.def-ghi_123456",
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b",
            "AIzaSyD3kLmN0pQ7rStUvWxYz12345678AbCdEf", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"})
    void aKeyShapedStringIsRedacted(String key) {
        String redacted = SecretRedaction.redact("Incorrect API key provided: " + key + ". See the docs.");
        assertFalse(redacted.contains(key.substring(key.length() - 8)), redacted);
        assertEquals(true, redacted.contains(SecretRedaction.MARK) && redacted.endsWith(". See the docs."), redacted);
    }

    @Test
    void theCredentialAndEachLongPartOfItAreRedactedWhateverTheirShape() {
        String credential = "my-app-key-123:my-secret-value";
        String redacted = SecretRedaction.redact("client my-app-key-123 with secret my-secret-value refused (key "
                + credential + ")", credential);
        assertEquals("client [redacted] with secret [redacted] refused (key [redacted])", redacted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The model 'gpt-4o-mini' does not exist or you do not have access to it.",
            "Rate limit reached for requests per min (RPM): Limit 3, Used 3, Requested 1.",
            "请求参数错误：messages 不能为空", "/api/v1/services/aigc/text-generation/generation", "https://platform.openai.com/account/api-keys",
            "request id 7f3a9c1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "chatcmpl-9Xk2 req_abc123"})
    void ordinaryTextIsLeftAlone(String text) {
        assertEquals(text, SecretRedaction.redact(text));
    }

    @Test
    void wordsOfAnyLengthAreNeverTakenForKeys() {
        Random random = new Random(12);
        for (int i = 0; i < 2000; i++) {
            StringBuilder word = new StringBuilder(random.nextBoolean() ? "Z" : "");
            for (int letters = 1 + random.nextInt(60); letters > 0; letters--) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            String text = "unknown parameter " + word + " in the request";
            assertEquals(text, SecretRedaction.redact(text));
        }
    }
}
