package io.tollgate.domain.account;

import java.util.Locale;
import java.util.Optional;

/** An upstream LLM platform, by the wire format its chat endpoint speaks. */
public enum Platform {
    MOCK("Mock (built-in)"),
    OPENAI("OpenAI"),
    DASHSCOPE("Qwen DashScope (compatible mode)"),
    QIANFAN("ERNIE Qianfan v2"),
    GLM("Zhipu GLM v4"),
    SPARK("iFlytek Spark HTTP");

    private final String displayName;

    Platform(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Platform> fromWireName(String name) {
        for (Platform platform : values()) {
            if (platform.wireName().equals(name)) {
                return Optional.of(platform);
            }
        }
        return Optional.empty();
    }
}
