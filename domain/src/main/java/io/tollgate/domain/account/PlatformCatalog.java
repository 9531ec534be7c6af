package io.tollgate.domain.account;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The metadata of every platform, from the OAuth proxy guide's platform list (free quotas, usual models). Kept apart
 * from {@link Platform} so a new enum value must be given its entry here on purpose; a test fails until it is.
 */
public final class PlatformCatalog {

    private static final Map<Platform, PlatformInfo> ENTRIES = new EnumMap<>(Platform.class);

    static {
        OptionalLong byAccount = OptionalLong.empty();
        Set<Binding> key = Set.of(Binding.API_KEY);
        add(new PlatformInfo(Platform.DASHSCOPE, "qwen", "通义千问", "Qwen", "阿里云百炼平台", OptionalLong.of(1_000_000),
                List.of("qwen-turbo", "qwen-plus", "qwen-max"), key, List.of("text-embedding-v3")));
        add(new PlatformInfo(Platform.OPENAI, "openai", "OpenAI ChatGPT", "OpenAI ChatGPT", "OpenAI官网", byAccount,
                List.of("gpt-3.5-turbo", "gpt-4"), key, List.of("text-embedding-3-small")));
        add(new PlatformInfo(Platform.QIANFAN, "ernie", "文心一言", "ERNIE", "百度智能云", OptionalLong.of(100_000),
                List.of("ernie-bot-turbo", "ernie-bot"), key, List.of("embedding-v1")));
        add(new PlatformInfo(Platform.ERNIE_V1, "ernie", "文心一言（千帆 v1）", "ERNIE (Qianfan v1)", "百度智能云", OptionalLong.of(100_000),
                List.of("ernie-speed-128k", "ernie-3.5-8k", "ernie-4.0-8k"), Set.of(Binding.CLIENT_CREDENTIALS),
                List.of("embedding-v1")));
        add(new PlatformInfo(Platform.DASHSCOPE_NATIVE, "qwen", "通义千问（原生接口）", "Qwen (DashScope native)", "阿里云百炼平台",
                OptionalLong.of(1_000_000), List.of("qwen-turbo", "qwen-plus", "qwen-max"), key, List.of("text-embedding-v3")));
        add(new PlatformInfo(Platform.ANTHROPIC, "claude", "Claude", "Anthropic Claude", "Anthropic官网", byAccount,
                List.of("claude-3-haiku", "claude-3-sonnet"), key));
        add(new PlatformInfo(Platform.GLM, "glm", "智谱清言", "GLM (Zhipu)", "智谱AI开放平台", OptionalLong.of(1_000_000),
                List.of("glm-3-turbo", "glm-4"), key, List.of("embedding-3")));
        add(new PlatformInfo(Platform.SPARK, "spark", "讯飞星火", "Spark (iFlytek)", "讯飞开放平台", OptionalLong.of(500_000),
                List.of("spark-lite", "spark-pro"), key));
        add(new PlatformInfo(Platform.AIBALANCE, "aibalance", "aibalance 兼容网关", "aibalance-compatible gateway",
                "aibalance 或另一个 Tollgate", byAccount, List.of(), key));
        // A small demo quota, so the console's quota bar has something to show offline.
        add(new PlatformInfo(Platform.MOCK, "mock", "内置模拟平台", "Mock (built-in)", "Tollgate 内置", OptionalLong.of(100_000),
                List.of("mock-gpt"), Set.of(), List.of("mock-embedding")));
    }

    private PlatformCatalog() {}

    private static void add(PlatformInfo info) {
        if (ENTRIES.putIfAbsent(info.platform(), info) != null) {
            throw new IllegalStateException("two entries for " + info.platform());
        }
    }

    /** The platform's entry; empty only for an enum value nobody has described yet. */
    public static Optional<PlatformInfo> of(Platform platform) {
        return Optional.ofNullable(ENTRIES.get(platform));
    }

    /** Every described platform, in the enum's order. */
    public static List<PlatformInfo> all() {
        return Arrays.stream(Platform.values()).map(ENTRIES::get).filter(Objects::nonNull).toList();
    }
}
