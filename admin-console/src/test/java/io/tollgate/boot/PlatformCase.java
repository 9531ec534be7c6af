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
 * @param atHost whether the account's base URL is the host itself, as native APIs root their paths there, or its {@code /v1}
 * @param credentialFormat the account's credential, with {@code %1$s} for the situation's name
 */
record PlatformCase(String platform, String text, long prompt, long completion, FakePlatform.Answer reply,
        FakePlatform.Answer stream, FakePlatform.Answer auth, FakePlatform.Answer quota, FakePlatform.Answer rate,
        FakePlatform.Answer broken, int brokenStatus, boolean atHost, String credentialFormat) {

    static final List<String> SITUATIONS = List.of("reply", "stream", "auth", "quota", "rate", "broken");

    /** A platform of the OpenAI family: based at {@code /v1}, with a single key. */
    PlatformCase(String platform, String text, long prompt, long completion, FakePlatform.Answer reply, FakePlatform.Answer stream,
            FakePlatform.Answer auth, FakePlatform.Answer quota, FakePlatform.Answer rate, FakePlatform.Answer broken, int brokenStatus) {
        this(platform, text, prompt, completion, reply, stream, auth, quota, rate, broken, brokenStatus, false, "key-%1$s.secret");
    }

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

    String baseUrl(FakePlatform fake, String situation) {
        return atHost ? fake.host(name(situation)) : fake.baseUrl(name(situation));
    }

    String credential(String situation) {
        return credentialFormat.formatted(name(situation));
    }

    @Override
    public String toString() {
        return platform;
    }
}
