package io.tollgate.application.relay;

import io.tollgate.application.moderation.PromptText;
import io.tollgate.domain.relay.kind.ModelKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The start of a chat's prompt that upstream prompt caches key on: its first two texts (in a chat body the system
 * prompt and the first message, as the endpoint's check found them), each cut to {@link #BYTES}, so that
 * conversations sharing a long system prompt still differ by their first message. Any door whose call
 * carries its prompt texts in order gets the same treatment. Only a SHA-256 of it, with the caller, is ever kept.
 */
final class PromptPrefix {

    static final int BYTES = 2048;

    private PromptPrefix() {}

    /** The prefix's bytes; empty for a call that is not a chat or carries no text. */
    static Optional<byte[]> of(ChatCall call) {
        List<PromptText> texts = call.prompt();
        if (call.endpoint() != ModelKind.CHAT || texts.isEmpty()) {
            return Optional.empty();
        }
        byte[] first = cut(texts.getFirst().text());
        byte[] second = texts.size() > 1 ? cut(texts.get(1).text()) : new byte[0];
        byte[] prefix = Arrays.copyOf(first, first.length + 1 + second.length);
        System.arraycopy(second, 0, prefix, first.length + 1, second.length);
        return Optional.of(prefix);
    }

    private static byte[] cut(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return bytes.length > BYTES ? Arrays.copyOf(bytes, BYTES) : bytes;
    }

    /** The SHA-256 of the caller (a key or user id) and the call's prefix, in hex; empty when the call has none. */
    static Optional<String> hash(String caller, ChatCall call) {
        return of(call).map(prefix -> {
            MessageDigest sha = sha256();
            sha.update(caller.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(prefix));
        });
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every JDK has SHA-256", missing);
        }
    }
}
