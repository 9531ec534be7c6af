package io.tollgate.boot;

import java.util.List;

/**
 * One platform's fixture set for the relay's end-to-end table: what it answers in each situation, in its own wire
 * format, and what the caller must see. Each situation is served on its own path, for a model and account of its own.
 *
 * @param platform the wire name an account is added under
 * @param text what the reply and the stream say, in full
 * @param prompt prompt tokens the platform reports
 * @param completion completion tokens the platform reports
 * @param brokenStatus the status the caller gets for {@code broken}, an error the platform sends with HTTP 200
 */
record PlatformCase(String platform, String text, long prompt, long completion, FakePlatform.Answer reply,
        FakePlatform.Answer stream, FakePlatform.Answer auth, FakePlatform.Answer quota, FakePlatform.Answer rate,
        FakePlatform.Answer broken, int brokenStatus) {

    static final List<String> SITUATIONS = List.of("reply", "stream", "auth", "quota", "rate", "broken");

    FakePlatform.Answer answer(String situation) {
        return switch (situation) {
            case "reply" -> reply;
            case "stream" -> stream;
            case "auth" -> auth;
            case "quota" -> quota;
            case "rate" -> rate;
            case "broken" -> broken;
            default -> throw new IllegalArgumentException(situation);
        };
    }

    /** The model, account and fake-platform path of one situation. */
    String name(String situation) {
        return platform + "-" + situation;
    }

    @Override
    public String toString() {
        return platform;
    }
}
