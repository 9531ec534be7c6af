package io.tollgate.domain.shareauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What recognises a resent finish. A chatId names a whole conversation, so it never does on its own: the
 * caller's Idempotency-Key does, else the chatId with the node-response ids of the turn, else the chatId with
 * a digest of the whole payload. Each kind has its own prefix, so no kind can take another's key.
 */
public sealed interface RetryKey {

    /** The longest Idempotency-Key a caller may send. */
    int MAX_SUPPLIED_LENGTH = 200;

    /** The key to charge under, or empty when nothing identifies the turn (then every finish is charged). */
    Optional<String> value();

    /** The caller's Idempotency-Key: the same key from the same user is one charge, whatever the body. */
    record Supplied(String key) implements RetryKey {
        public Supplied {
            Objects.requireNonNull(key, "key");
            if (key.isBlank() || key.length() > MAX_SUPPLIED_LENGTH || key.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("an Idempotency-Key has 1 to " + MAX_SUPPLIED_LENGTH
                        + " characters and no control characters");
            }
        }

        @Override
        public Optional<String> value() {
            return Optional.of("key:" + key);
        }
    }

    /** One turn's node runs: FastGPT gives each node run its own id, so the same ids are the same turn. */
    record NodeRuns(String chatId, List<String> nodeIds) implements RetryKey {
        public NodeRuns {
            Objects.requireNonNull(chatId, "chatId");
            nodeIds = List.copyOf(nodeIds);
            if (nodeIds.isEmpty()) {
                throw new IllegalArgumentException("a turn has at least one node run");
            }
        }

        @Override
        public Optional<String> value() {
            StringBuilder parts = new StringBuilder();
            lengthPrefixed(parts, chatId);
            nodeIds.forEach(id -> lengthPrefixed(parts, id));
            return Optional.of("turn:" + sha256(parts));
        }
    }

    /** A turn without node ids: only an identical payload (given as its digest) in the same chat is the same. */
    record Payload(String chatId, String payloadDigest) implements RetryKey {
        public Payload {
            Objects.requireNonNull(chatId, "chatId");
            Objects.requireNonNull(payloadDigest, "payloadDigest");
        }

        @Override
        public Optional<String> value() {
            StringBuilder parts = new StringBuilder();
            lengthPrefixed(parts, chatId);
            lengthPrefixed(parts, payloadDigest);
            return Optional.of("body:" + sha256(parts));
        }
    }

    /** Nothing identifies the turn: no key, no chatId, no node ids. */
    record None() implements RetryKey {
        @Override
        public Optional<String> value() {
            return Optional.empty();
        }
    }

    // Length-prefixed, so that ("ab", "c") and ("a", "bc") never hash alike.
    private static void lengthPrefixed(StringBuilder parts, String part) {
        parts.append(part.length()).append(':').append(part).append(';');
    }

    private static String sha256(CharSequence text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every JDK has SHA-256", missing);
        }
    }
}
