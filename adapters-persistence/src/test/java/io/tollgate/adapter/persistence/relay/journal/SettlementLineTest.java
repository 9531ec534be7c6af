package io.tollgate.adapter.persistence.relay.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.domain.account.AccountCall;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Usage;
import io.tollgate.domain.relay.UsageRecord;
import io.tollgate.domain.relay.budget.BudgetWindows;
import io.tollgate.domain.relay.budget.BudgetedKey;
import io.tollgate.domain.relay.kind.ModelKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A journaled settlement reads back as it was written, every field; a line cut short or changed is refused. */
class SettlementLineTest {

    private static final Instant AT = Instant.parse("2026-12-07T05:30:01.123456789Z");

    static SettlementLine full() {
        UsageRecord record = new UsageRecord("req-1\twith\ttabs,\nand a line break · 中文", Optional.of(new ApiKeyId(UUID.randomUUID())),
                Optional.of(new UserId(UUID.randomUUID())), Optional.of(new AccountId(UUID.randomUUID())), "gpt-4o:mini%20,x",
                new Usage(120, 45, 30, 10, true), Points.exactly("0.123457"), 842, UsageRecord.Status.CLIENT_CLOSED,
                Optional.of(FailureClass.TRANSIENT), AT, LocalDate.of(2026, 12, 7), ModelKind.EMBEDDING, 77,
                List.of(new AccountCall.Attempt(new AccountId(UUID.randomUUID()), FailureClass.RATE),
                        new AccountCall.Attempt(new AccountId(UUID.randomUUID()), FailureClass.TRANSIENT)));
        BudgetedKey budget = new BudgetedKey(new ApiKeyId(UUID.randomUUID()), BudgetWindows.of(AT, ZoneId.of("Asia/Shanghai")));
        return new SettlementLine(record, OptionalLong.of(4711), true, Optional.of(budget));
    }

    @Test
    void everyFieldReadsBackAsWritten() {
        SettlementLine line = full();
        assertEquals(Optional.of(line), SettlementLine.decode(line.encode()));
    }

    @Test
    void anUnbilledCallWithoutHoldKeyOrAttemptsReadsBackToo() {
        UsageRecord record = new UsageRecord("r", Optional.empty(), Optional.empty(), Optional.empty(), "", Usage.NONE,
                Points.ZERO, 0, UsageRecord.Status.OK, Optional.empty(), AT, LocalDate.of(2026, 12, 7), ModelKind.CHAT, 0, List.of());
        SettlementLine line = new SettlementLine(record, OptionalLong.empty(), false, Optional.empty());
        assertEquals(Optional.of(line), SettlementLine.decode(line.encode()));
    }

    @Test
    void aLineCutShortOrChangedIsRefused() {
        String text = full().encode();
        assertEquals(Optional.empty(), SettlementLine.decode(text.substring(0, text.length() - 3)));
        assertEquals(Optional.empty(), SettlementLine.decode(text.substring(0, text.length() / 2)));
        assertEquals(Optional.empty(), SettlementLine.decode(text.replace("842", "843")));
        assertEquals(Optional.empty(), SettlementLine.decode(""));
        assertEquals(Optional.empty(), SettlementLine.decode("\0\0\0\0"));
    }
}
