package io.tollgate.adapter.persistence.billing;

import io.tollgate.domain.billing.ChargeResult;
import io.tollgate.domain.billing.Consumption;
import io.tollgate.domain.billing.ConsumptionFilter;
import io.tollgate.domain.billing.ConsumptionRequest;
import io.tollgate.domain.billing.Consumptions;
import io.tollgate.domain.billing.UnpaidAttempt;
import io.tollgate.domain.identity.UserId;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Consumptions in PostgreSQL. Charges go through a {@link ConsumptionCommitter}: a batch locks its users' rows, so
 * the idempotency check, the debit, the consumption and its ledger entry all see the same balance on every node.
 */
final class JdbiConsumptions implements Consumptions, AutoCloseable {

    static final String ACTOR = "shareauth";

    private final Jdbi jdbi;

    private final ConsumptionCommitter committer;

    JdbiConsumptions(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.committer = new ConsumptionCommitter(jdbi);
    }

    /** Transactions the charges took: fewer than charges when they were grouped. */
    long chargeTransactions() {
        return committer.transactions();
    }

    @Override
    public ChargeResult charge(ConsumptionRequest request) {
        return committer.charge(request);
    }

    /** Lets the queued charges finish. */
    @Override
    public void close() {
        committer.close();
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
