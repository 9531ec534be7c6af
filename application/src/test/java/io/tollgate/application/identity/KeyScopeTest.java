package io.tollgate.application.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.ModelPattern;
import io.tollgate.domain.identity.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A key asked for by a key stays within it, or the limit it would widen is named. */
class KeyScopeTest {

    private static final UserId USER = new UserId(UUID.randomUUID());
    private static final Instant END = Instant.parse("2027-01-01T00:00:00Z");

    private static ApiKey creator(List<String> models, Optional<Instant> expires, int rpm, int tpm) {
        return new ApiKey(new ApiKeyId(UUID.randomUUID()), USER, "creator", "sk-tg-abcd…", models, expires, rpm, tpm, END.minusSeconds(3600));
    }

    private static IssueApiKey.Command wanted(List<String> models, Optional<Instant> expires, int rpm, int tpm) {
        return new IssueApiKey.Command(USER, "new", models, expires, rpm, tpm, Optional.empty());
    }

    @Test
    void anUnlimitedCreatorMayCreateAnything() {
        assertEquals(Optional.empty(), KeyScope.widening(creator(List.of(), Optional.empty(), 0, 0), wanted(List.of(), Optional.empty(), 0, 0)));
    }

    @Test
    void eachLimitOfTheCreatorBindsTheNewKey() {
        ApiKey limited = creator(List.of("mock-*"), Optional.of(END), 10, 1000);
        IssueApiKey.Command within = wanted(List.of("mock-gpt", "mock-a*"), Optional.of(END), 10, 1000);

        assertEquals(Optional.empty(), KeyScope.widening(limited, within));
        assertTrue(KeyScope.widening(limited, wanted(List.of(), Optional.of(END), 10, 1000)).orElseThrow().startsWith("models"));
        assertTrue(KeyScope.widening(limited, wanted(List.of("*"), Optional.of(END), 10, 1000)).orElseThrow().startsWith("models"));
        assertTrue(KeyScope.widening(limited, wanted(List.of("mock-*"), Optional.empty(), 10, 1000)).orElseThrow().startsWith("expiry"));
        assertTrue(KeyScope.widening(limited, wanted(List.of("mock-*"), Optional.of(END.plusSeconds(1)), 10, 1000))
                .orElseThrow().startsWith("expiry"));
        assertTrue(KeyScope.widening(limited, wanted(List.of("mock-*"), Optional.of(END), 0, 1000)).orElseThrow().startsWith("rpm"));
        assertTrue(KeyScope.widening(limited, wanted(List.of("mock-*"), Optional.of(END), 11, 1000)).orElseThrow().startsWith("rpm"));
        assertTrue(KeyScope.widening(limited, wanted(List.of("mock-*"), Optional.of(END), 10, 0)).orElseThrow().startsWith("tpm"));
    }

    /** Whatever a pattern judged covered matches, the creator's patterns match too (seeded random patterns and names). */
    @Test
    void aCoveredPatternNeverMatchesAModelTheCreatorDoesNot() {
        Random random = new Random(12);
        String letters = "ab-*";
        for (int round = 0; round < 3000; round++) {
            String own = text(random, letters, 4);
            String asked = text(random, letters, 4);
            ApiKey creator = creator(List.of(own), Optional.empty(), 0, 0);
            if (KeyScope.widening(creator, wanted(List.of(asked), Optional.empty(), 0, 0)).isPresent()) {
                continue;
            }
            for (int probe = 0; probe < 30; probe++) {
                String model = text(random, "ab-", 6);
                if (ModelPattern.matches(asked, model)) {
                    assertTrue(ModelPattern.matches(own, model), own + " covers " + asked + " but not " + model);
                }
            }
        }
    }

    private static String text(Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
