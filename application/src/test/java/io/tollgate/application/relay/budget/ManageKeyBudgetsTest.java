package io.tollgate.application.relay.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.application.audit.AuditTrail;
import io.tollgate.application.fakes.InMemoryApiKeys;
import io.tollgate.application.fakes.InMemoryAuditLog;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.budget.BudgetPeriod;
import io.tollgate.domain.relay.budget.BudgetWindows;
import io.tollgate.domain.relay.budget.KeyBudgetBook;
import io.tollgate.domain.relay.budget.KeyBudgets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A key list's spend: two reads of the book for the whole list, however long, and each key's own numbers. */
class ManageKeyBudgetsTest {

    private static final Instant NOW = Instant.parse("2026-03-05T08:00:00Z");

    /** Every other key capped at 10 points a day, having spent its index in points; counts the reads. */
    private static final class CountingBook implements KeyBudgetBook {
        final Map<ApiKeyId, Integer> index = new HashMap<>();
        int reads;

        @Override
        public Optional<KeyBudgets> budgets(ApiKeyId key) {
            reads++;
            return Optional.of(index.get(key) % 2 == 0 ? new KeyBudgets(Map.of(BudgetPeriod.DAY, Points.exactly("10"))) : KeyBudgets.NONE);
        }

        @Override
        public boolean setBudgets(ApiKeyId key, KeyBudgets budgets) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<ApiKeyId, KeyBudgets> capped(Collection<ApiKeyId> keys) {
            reads++;
            Map<ApiKeyId, KeyBudgets> capped = new HashMap<>();
            keys.stream().filter(key -> index.get(key) % 2 == 0)
                    .forEach(key -> capped.put(key, new KeyBudgets(Map.of(BudgetPeriod.DAY, Points.exactly("10")))));
            return capped;
        }

        @Override
        public Map<ApiKeyId, Map<BudgetPeriod, Points>> spent(Collection<ApiKeyId> keys, BudgetWindows windows) {
            reads++;
            Map<ApiKeyId, Map<BudgetPeriod, Points>> spent = new HashMap<>();
            keys.forEach(key -> spent.put(key, Map.of(BudgetPeriod.DAY, Points.exactly(String.valueOf(index.get(key))),
                    BudgetPeriod.WEEK, Points.ZERO, BudgetPeriod.MONTH, Points.ZERO, BudgetPeriod.TOTAL, Points.ZERO)));
            return spent;
        }
    }

    @Test
    void aListOfFiftyKeysIsReadInTwoReadsAndEachKeyShowsItsOwnSpend() {
        CountingBook book = new CountingBook();
        List<ApiKeyId> keys = IntStream.range(0, 50).mapToObj(i -> {
            ApiKeyId key = new ApiKeyId(UUID.randomUUID());
            book.index.put(key, i);
            return key;
        }).toList();
        ManageKeyBudgets budgets = new ManageKeyBudgets(book, new InMemoryApiKeys(),
                new AuditTrail(new InMemoryAuditLog(), Clock.fixed(NOW, ZoneOffset.UTC)), ZoneId.of("Asia/Shanghai"), Clock.fixed(NOW, ZoneOffset.UTC));

        Map<ApiKeyId, Map<BudgetPeriod, ManageKeyBudgets.Spend>> spend = budgets.spend(keys);

        assertEquals(2, book.reads, "the caps of the list, then the spend of its capped keys");
        assertEquals(25, spend.size(), "keys without caps are left out");
        assertEquals(Points.exactly("14"), spend.get(keys.get(14)).get(BudgetPeriod.DAY).spent());
        assertEquals(Points.exactly("10"), spend.get(keys.get(14)).get(BudgetPeriod.DAY).cap());
        assertEquals(Optional.of(Instant.parse("2026-03-05T16:00:00Z")), spend.get(keys.get(14)).get(BudgetPeriod.DAY).resetsAt(),
                "the next midnight in the quota zone");
        assertEquals(Map.of(), budgets.spend(keys.get(15)), "an uncapped key has no spend to show");
    }
}
