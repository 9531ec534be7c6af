package io.tollgate.boot;

import io.tollgate.adapter.persistence.database.SettlementDurability;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void defaultsMatchTheReadme() {
        Config config = Config.from(Map.of());
        assertEquals(8080, config.port());
        assertTrue(config.dataDir().endsWith("data"));
        assertTrue(config.dbUrl().isEmpty());
        assertEquals(Duration.ofHours(24), config.jwtTtl());
        assertFalse(config.shareAuthFastGpt());
        assertEquals(5 * 1024 * 1024, config.maxBodyBytes());
        assertTrue(config.masterKeyPrevious().isEmpty());
    }

    @Test
    void theBreakerAndTheDeadlinesDefaultToTheReadmeAndTheOldDisablingThresholdStillWorks() {
        Config config = Config.from(Map.of());
        assertEquals(3, config.failuresToOpen());
        assertEquals(Duration.ofSeconds(300), config.requestDeadline());
        assertEquals(Duration.ofSeconds(30), config.firstByteTimeout());
        assertEquals(Duration.ofSeconds(60), config.streamIdleTimeout());
        assertEquals(7, Config.from(Map.of("TOLLGATE_FAILURES_TO_DISABLE", "7")).failuresToOpen());
        assertEquals(4, Config.from(Map.of("TOLLGATE_FAILURES_TO_DISABLE", "7", "TOLLGATE_FAILURES_TO_OPEN", "4")).failuresToOpen());
        assertEquals(Duration.ofSeconds(20), Config.from(Map.of("TOLLGATE_REQUEST_DEADLINE", "20s")).requestDeadline());
        assertTrue(assertThrows(Config.Invalid.class, () -> Config.from(Map.of("TOLLGATE_FIRST_BYTE_TIMEOUT", "soon")))
                .getMessage().contains("TOLLGATE_FIRST_BYTE_TIMEOUT"));
    }

    @Test
    void thePreviousMasterKeyIsReadWhenSet() {
        assertEquals(java.util.Optional.of("b2xk"), Config.from(Map.of("TOLLGATE_MASTER_KEY_PREVIOUS", "b2xk")).masterKeyPrevious());
        assertTrue(Config.from(Map.of("TOLLGATE_MASTER_KEY_PREVIOUS", "  ")).masterKeyPrevious().isEmpty());
    }

    @Test
    void settlementsAreFlushedUnlessAsyncIsAskedFor() {
        assertEquals(SettlementDurability.FLUSH, Config.from(Map.of()).settlementDurability());
        assertEquals(SettlementDurability.ASYNC, Config.from(Map.of("TOLLGATE_SETTLEMENT_DURABILITY", " Async ")).settlementDurability());
        assertTrue(assertThrows(Config.Invalid.class, () -> Config.from(Map.of("TOLLGATE_SETTLEMENT_DURABILITY", "off")))
                .getMessage().contains("TOLLGATE_SETTLEMENT_DURABILITY must be flush or async"));
    }

    @Test
    void badValuesNameTheirVariable() {
        assertTrue(assertThrows(Config.Invalid.class, () -> Config.from(Map.of("TOLLGATE_PORT", "99999")))
                .getMessage().contains("TOLLGATE_PORT"));
        assertTrue(assertThrows(Config.Invalid.class, () -> Config.from(Map.of("TOLLGATE_JWT_TTL", "tomorrow")))
                .getMessage().contains("TOLLGATE_JWT_TTL"));
        assertTrue(assertThrows(Config.Invalid.class, () -> Config.from(Map.of("TOLLGATE_SHAREAUTH_FASTGPT", "maybe")))
                .getMessage().contains("TOLLGATE_SHAREAUTH_FASTGPT"));
    }

    @Test
    void durationsAndFlagsAreReadAsPeopleWriteThem() {
        Config config = Config.from(Map.of("TOLLGATE_JWT_TTL", "7d", "TOLLGATE_SHAREAUTH_FASTGPT", "TRUE"));
        assertEquals(Duration.ofDays(7), config.jwtTtl());
        assertTrue(config.shareAuthFastGpt());
    }

    @Test
    void memfitPrefixesDefaultToMemfitAndAreACommaList() {
        assertEquals(java.util.List.of("memfit-"), Config.from(Map.of()).memfitModels().prefixes());
        assertEquals(java.util.List.of("memfit-", "yak-"), Config.from(Map.of("TOLLGATE_MEMFIT_PREFIXES", "Memfit-, yak-")).memfitModels().prefixes());
        assertTrue(assertThrows(Config.Invalid.class, () -> Config.from(Map.of("TOLLGATE_MEMFIT_PREFIXES", " , ")))
                .getMessage().contains("TOLLGATE_MEMFIT_PREFIXES"));
    }
}
