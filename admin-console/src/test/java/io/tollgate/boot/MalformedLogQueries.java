package io.tollgate.boot;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Broken addresses of the request log, from a seed: garbage in every filter, cursors that were never written, dates
 * that do not exist or that the database cannot hold, repeated and unknown parameters, ids that name nothing.
 */
final class MalformedLogQueries {

    static final List<String> PARAMETERS = List.of("user", "key", "model", "account", "kind", "status", "from", "to", "before",
            "after", "offset", "q");
    private static final List<String> VALUES = List.of("", " ", "\u0000", "a\u0000b", "x".repeat(500), "'; DROP TABLE users; --",
            "%", "%%", "1e10000000", "-1", "9".repeat(40), "2026-02-30", "2026-12-05T25:00", "+999999-01-01",
            "-999999999-01-01T00:00", "２０２６-１２-０５", "null", "[]", "{}", "u1", "s-1", "1-u1", "-1-s1", "1-u",
            "9223372036854775807-u9223372036854775807", "-9223372036854775808-s0", "1764950400000000-s", "😀", "\u202e",
            "chat", "shareauth", "ok", "failed", "CHAT", "client_closed ", "2026-12-05", "2026-12-05T08:30", "2026-12-05T08:30:00Z",
            "00000000-0000-0000-0000-000000000000", "not-a-uuid-but-36-characters-long-xx", "user-1", "\uD800");
    private static final List<String> RAW = List.of("%ff", "%00", "%c3%28", "%e2%82", "%2F..%2F..%2Fetc%2Fpasswd", "%0d%0aSet-Cookie:%20x=1");

    private final Random random;

    MalformedLogQueries(long seed) {
        this.random = new Random(seed);
    }

    /** The next address: a list or CSV with broken parameters, or an entry by a broken id. */
    String next() {
        return switch (random.nextInt(5)) {
            case 0 -> "/console/logs/" + value();
            case 1 -> "/console/logs.csv?" + query();
            default -> "/console/logs?" + query();
        };
    }

    private String query() {
        StringBuilder query = new StringBuilder();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            query.append(PARAMETERS.get(random.nextInt(PARAMETERS.size()))).append('=').append(value()).append('&');
        }
        return query.toString();
    }

    private String value() {
        if (random.nextInt(6) == 0) {
            return RAW.get(random.nextInt(RAW.size()));
        }
        String value = VALUES.get(random.nextInt(VALUES.size()));
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
