package io.tollgate.adapter.http.shareauth;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.tollgate.adapter.http.support.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a JSON document in one canonical form: properties sorted, whitespace and key order ignored. */
final class PayloadDigest {

    // Decimals in their short scientific form: written plainly, 1e10000000 would be ten million digits.
    private static final ObjectWriter CANONICAL = Json.MAPPER.writer()
            .with(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .without(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private PayloadDigest() {}

    static String of(JsonNode document) {
        MessageDigest sha256 = sha256();
        try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
            CANONICAL.writeValue(sink, document);
        } catch (IOException bug) {
            throw new IllegalStateException("cannot write a parsed document", bug);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every JDK has SHA-256", missing);
        }
    }
}
