package io.tollgate.domain.account;

import java.util.Locale;
import java.util.Optional;

/** An upstream LLM platform, by the wire format its chat endpoint speaks. */
public enum Platform {
    MOCK("Mock (built-in)", "http://mock.invalid/v1"),
    OPENAI("OpenAI", "https://api.openai.com/v1"),
    DASHSCOPE("Qwen DashScope (compatible mode)", "https://dashscope.aliyuncs.com/compatible-mode/v1"),
    QIANFAN("ERNIE Qianfan v2", "https://qianfan.baidubce.com/v2"),
    /** The credential is {@code AK:SK}, exchanged for a 30-day OAuth2 access token. */
    ERNIE_V1("ERNIE Qianfan v1 (AK/SK)", "https://aip.baidubce.com"),
    DASHSCOPE_NATIVE("Qwen DashScope (native)", "https://dashscope.aliyuncs.com"),
    GLM("Zhipu GLM v4", "https://open.bigmodel.cn/api/paas/v4"),
    SPARK("iFlytek Spark HTTP", "https://spark-api-open.xf-yun.com/v1"),
    ANTHROPIC("Anthropic Claude", "https://api.anthropic.com/v1"),
    AIBALANCE("aibalance-compatible (aibalance or another Tollgate)", "https://aibalance.yaklang.com/v1");

    private final String displayName;
    private final String defaultBaseUrl;

    Platform(String displayName, String defaultBaseUrl) {
        this.displayName = displayName;
        this.defaultBaseUrl = defaultBaseUrl;
    }

    /** The platform's public endpoint base, used when an account names none. */
    public String defaultBaseUrl() {
        return defaultBaseUrl;
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
