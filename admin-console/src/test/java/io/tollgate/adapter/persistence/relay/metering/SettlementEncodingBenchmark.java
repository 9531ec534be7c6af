package io.tollgate.adapter.persistence.relay.metering;

import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Usage;
import io.tollgate.domain.relay.UsageRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A settlement batch encoded into the columns its one statement sends (usage record, ledger entry, balance, tokens and
 * hold per call): the Java side of a group commit, without the database. Batches of one (a lone caller) and of 64.
 */
@State(Scope.Benchmark)
public class SettlementEncodingBenchmark {

    @Param({"1", "64"})
    public int batch;

    private final List<UsageRecord> records = new ArrayList<>();

    @Setup
    public void setUp() {
        Instant at = Instant.parse("2026-12-06T03:00:00Z");
        for (int i = 0; i < batch; i++) {
            records.add(new UsageRecord("req-" + UUID.randomUUID(), Optional.of(new ApiKeyId(UUID.randomUUID())),
                    Optional.of(new UserId(UUID.randomUUID())), Optional.of(new AccountId(UUID.randomUUID())), "gpt-4o-mini",
                    new Usage(19, 256, false), Points.exactly("0.000156"), 3, UsageRecord.Status.OK, Optional.empty(), at,
                    LocalDate.of(2026, 12, 6)));
        }
    }

    @Benchmark
    public SettlementWrites encode() {
        SettlementWrites writes = new SettlementWrites();
        long hold = 1;
        for (UsageRecord record : records) {
            UUID user = record.user().orElseThrow().value();
            writes.billed(record, record.cost(), Points.exactly("99.5"));
            writes.balance(user, record.cost());
            writes.release(hold++);
        }
        return writes;
    }
}
