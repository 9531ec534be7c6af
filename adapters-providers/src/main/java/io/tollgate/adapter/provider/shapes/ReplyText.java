package io.tollgate.adapter.provider.shapes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tollgate.domain.account.CallSummary;
import java.io.IOException;

/** The answer's text for a call summary: the first {@code "content"} string of an OpenAI-format reply, else empty. */
public final class ReplyText {

    /** As much as a summary keeps, and one character more, so that the summary still shows the answer went on. */
    static final int KEPT = CallSummary.MAX + 1;

    private static final JsonFactory FACTORY = new JsonFactory();

    private ReplyText() {}

    public static String of(byte[] reply) {
        try (JsonParser parser = FACTORY.createParser(reply)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && parser.currentName().equals("content")) {
                    return parser.nextToken() == JsonToken.VALUE_STRING ? kept(parser.getText()) : "";
                }
            }
            return "";
        } catch (IOException malformed) {
            return "";
        }
    }

    private static String kept(String text) {
        return text.length() <= KEPT ? text : text.substring(0, KEPT);
    }
}
