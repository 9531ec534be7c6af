package io.tollgate.adapter.persistence.billing;

import io.tollgate.adapter.persistence.database.Columns;
import io.tollgate.domain.billing.ChargeResult;
import io.tollgate.domain.billing.Consumption;
import io.tollgate.domain.billing.ConsumptionFilter;
import io.tollgate.domain.billing.ConsumptionRequest;
import io.tollgate.domain.billing.Consumptions;
import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.billing.UnpaidAttempt;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Points;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Consumptions in PostgreSQL. A charge locks the user's row first, so charges of one user run one after
 * another: the idempotency check, the debit, the consumption and its ledger entry all see the same balance.
 */
final class JdbiConsumptions implements Consumptions {

    static final String ACTOR = "shareauth";

    private final Jdbi jdbi;

    JdbiConsumptions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public ChargeResult charge(ConsumptionRequest request) {
        return jdbi.inTransaction(handle -> charge(handle, request));
    }

    private static ChargeResult charge(Handle handle, ConsumptionRequest request) {
        LedgerSql ledger = handle.attach(LedgerSql.class);
        ConsumptionsSql sql = handle.attach(ConsumptionsSql.class);
        UUID user = request.user().value();
        Optional<BigDecimal> locked = ledger.lockedBalance(user);
        if (locked.isEmpty()) {
            return new ChargeResult.NoSuchUser();
        }
        Optional<String> key = request.idempotencyKey();
        Optional<ConsumptionRow> earlier = key.flatMap(k -> sql.byKey(user, k));
        if (earlier.isPresent()) {
            return new ChargeResult.AlreadyCharged(earlier.get().toConsumption());
        }
        Points balance = Points.exactly(locked.get());
        Points charge = request.charge();
        if (balance.isLessThan(charge)) {
            return new ChargeResult.Unpaid(sql.insertUnpaid(user, request.workflowName(),
                    request.basePoints().toBigDecimal(), request.multiplier().value(), charge.toBigDecimal(),
                    balance.toBigDecimal(), request.at()).toAttempt());
        }
        Points after = balance.minus(charge);
        Optional<ConsumptionRow> inserted = sql.insert(user, request.workflowName(),
                request.basePoints().toBigDecimal(), request.multiplier().value(), charge.toBigDecimal(),
                after.toBigDecimal(), key.orElse(null), request.chatId().orElse(null), request.at());
        if (inserted.isEmpty()) {
            // Another writer took the key after our check; nothing of ours is written yet.
            return new ChargeResult.AlreadyCharged(sql.byKey(user, key.orElseThrow())
                    .orElseThrow(() -> new IllegalStateException("the conflicting consumption is gone"))
                    .toConsumption());
        }
        debit(ledger, request, charge, after);
        return new ChargeResult.Charged(inserted.get().toConsumption());
    }

    private static void debit(LedgerSql ledger, ConsumptionRequest request, Points charge, Points expectedAfter) {
        Points debit = charge.negate();
        BigDecimal after = ledger.addToBalance(request.user().value(), debit.toBigDecimal())
                .orElseThrow(() -> new IllegalStateException("a covered charge was refused"));
        if (!Points.exactly(after).equals(expectedAfter)) {
            throw new IllegalStateException("the balance moved while its row was locked");
        }
        ledger.record(request.user().value(), Columns.name(LedgerEntryKind.CONSUMPTION),
                debit.toBigDecimal(), after, "consumption: " + request.workflowName(), ACTOR, request.at());
    }

    @Override
    public List<Consumption> list(ConsumptionFilter filter, int offset, int limit) {
        String where = where(filter);
        UUID user = filter.user().map(UserId::value).orElse(null);
        String workflowName = filter.workflowName().orElse(null);
        return jdbi.withExtension(ConsumptionsSql.class,
                        sql -> sql.list(where, user, workflowName, Math.max(0, offset), Math.max(0, limit)))
                .stream().map(ConsumptionRow::toConsumption).toList();
    }

    private static String where(ConsumptionFilter filter) {
        boolean byUser = filter.user().isPresent();
        boolean byWorkflow = filter.workflowName().isPresent();
        if (byUser && byWorkflow) {
            return "WHERE user_id = :user AND workflow_name = :workflowName";
        }
        return byUser ? "WHERE user_id = :user" : byWorkflow ? "WHERE workflow_name = :workflowName" : "";
    }

    @Override
    public List<UnpaidAttempt> unpaid(int offset, int limit) {
        return jdbi.withExtension(ConsumptionsSql.class, sql -> sql.unpaid(Math.max(0, offset), Math.max(0, limit)))
                .stream().map(UnpaidAttemptRow::toAttempt).toList();
    }
}
