package com.example.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.domain.account.AccountChooser;
import io.tollgate.domain.account.AccountChooser.Candidate;
import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.moderation.SensitiveWordMatcher;
import io.tollgate.domain.totp.Totp;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The README's "Reusing the domain" example, outside io.tollgate and with exported types only. */
class ReuseExampleTest {

    @Test
    void anotherProjectUsesTheDomain() {
        // Exact points: 0.1 + 0.2 is 0.3, and times 1.5 is 0.45, no binary floating point anywhere.
        Points total = Points.exactly("0.1").plus(Points.exactly("0.2")).times(Multiplier.of("1.5"));
        assertEquals(Points.exactly("0.45"), total);

        // Sensitive words are found through full-width forms and noise between the characters.
        SensitiveWordMatcher words = SensitiveWordMatcher.of(List.of("赌博"));
        assertEquals("赌博", words.firstMatch("一起 赌*博 吗").orElseThrow().word());

        // RFC 6238's SHA-1 vector: six digits at t = 59 s.
        byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        assertEquals("287082", Totp.MEMFIT.code(key, Instant.ofEpochSecond(59)));

        // The usable account with the most quota left today serves the call.
        ProviderAccount nearlySpent = account("nearly-spent"), fresh = account("fresh");
        List<Candidate> candidates = List.of(new Candidate(nearlySpent, 1_000), new Candidate(fresh, 90_000));
        assertEquals(fresh, new AccountChooser().choose(candidates, Set.of(), Instant.now()).orElseThrow());
    }

    private static ProviderAccount account(String name) {
        return new ProviderAccount(new AccountId(UUID.randomUUID()), Platform.OPENAI, name, "https://api.openai.com/v1",
                Set.of("gpt-4o"), 100_000, 1, AccountHealth.ENABLED, Map.of());
    }
}
