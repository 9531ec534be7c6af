package io.tollgate.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.identity.UserId;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlatformCatalogTest {

    @ParameterizedTest
    @EnumSource(Platform.class)
    void everyPlatformHasItsMetadata(Platform platform) {
        PlatformInfo info = PlatformCatalog.of(platform)
                .orElseThrow(() -> new AssertionError(platform + " has no entry in PlatformCatalog: add its names, quota, models and bindings"));

        assertEquals(platform, info.platform());
    }

    @Test
    void theListHasOneEntryPerPlatformInTheEnumsOrder() {
        assertEquals(Arrays.asList(Platform.values()), PlatformCatalog.all().stream().map(PlatformInfo::platform).toList());
    }

    @Test
    void freeDailyQuotasAreTheGuides() {
        assertEquals(OptionalLong.of(1_000_000), info(Platform.DASHSCOPE).freeDailyTokens());
        assertEquals(OptionalLong.of(100_000), info(Platform.QIANFAN).freeDailyTokens());
        assertEquals(OptionalLong.of(1_000_000), info(Platform.GLM).freeDailyTokens());
        assertEquals(OptionalLong.of(500_000), info(Platform.SPARK).freeDailyTokens());
        assertEquals(OptionalLong.empty(), info(Platform.OPENAI).freeDailyTokens(), "by account type: configured per account");
    }

    @Test
    void namesModelsAndBindingsFollowTheGuide() {
        assertEquals("通义千问", info(Platform.DASHSCOPE).nameZh());
        assertEquals("qwen", info(Platform.DASHSCOPE).family());
        assertEquals("ernie", info(Platform.QIANFAN).family());
        assertEquals("qwen-turbo", info(Platform.DASHSCOPE).defaultModel().orElseThrow());
        assertEquals(List.of("glm-3-turbo", "glm-4"), info(Platform.GLM).defaultModels());
        assertEquals(Set.of(Binding.API_KEY), info(Platform.SPARK).bindings());
        assertTrue(info(Platform.MOCK).bindings().isEmpty(), "the built-in mock needs no credential");
    }

    @Test
    void anOwnAccountServesItsPlatformsEmbeddingModelsButItsUsualModelStaysAChatModel() {
        ProviderAccount account = info(Platform.DASHSCOPE).ownAccount(new AccountId(UUID.randomUUID()), "mine",
                Platform.DASHSCOPE.defaultBaseUrl(), OptionalLong.empty(), new UserId(UUID.randomUUID()));

        assertTrue(account.serves("text-embedding-v3"));
        assertTrue(account.serves("qwen-max"));
        assertEquals("qwen-turbo", account.usualModel());
        assertEquals(List.of("qwen-turbo", "qwen-plus", "qwen-max"), info(Platform.DASHSCOPE).defaultModels(), "the portal's list stays chat");
        assertEquals(List.of("embedding-3"), info(Platform.GLM).defaultEmbeddingModels());
        assertEquals(List.of("mock-embedding"), info(Platform.MOCK).defaultEmbeddingModels());
        assertEquals(List.of(), info(Platform.ANTHROPIC).defaultEmbeddingModels());
    }

    @Test
    void aFreeQuotaIsPositiveOrAbsent() {
        assertThrows(IllegalArgumentException.class, () -> new PlatformInfo(Platform.GLM, "glm", "智谱清言", "GLM", "智谱AI开放平台",
                OptionalLong.of(0), List.of(), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new PlatformInfo(Platform.GLM, "GLM!", "智谱清言", "GLM", "智谱AI开放平台",
                OptionalLong.empty(), List.of(), Set.of()));
    }

    private static PlatformInfo info(Platform platform) {
        return PlatformCatalog.of(platform).orElseThrow();
    }
}
