package io.tollgate.application.shareauth;

import io.tollgate.application.identity.AuthenticateToken;
import io.tollgate.domain.billing.ChargeResult;
import io.tollgate.domain.billing.ConsumptionRequest;
import io.tollgate.domain.billing.Consumptions;
import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.shareauth.ModuleTotals;
import io.tollgate.domain.shareauth.RetryKey;
import io.tollgate.domain.shareauth.Workflow;
import io.tollgate.domain.shareauth.WorkflowId;
import io.tollgate.domain.shareauth.Workflows;
import java.time.Clock;
import java.util.Optional;

/**
 * Charges a finished turn of a conversation: Σ top-level totalPoints × the workflow's multiplier, deducted in one
 * transaction with its consumption record, at most once per retry key. Every turn of a chat is charged; a
 * disabled user is still charged: the turn already happened.
 */
public final class FinishConversation {

    /** appName names the workflow; workflowId is the seed's deprecated alternative; chatId the conversation. */
    public record Command(String token, String appName, String workflowId, ModuleTotals totals,
                          Optional<String> chatId, RetryKey retryKey) {}

    private final ShareSession session;
    private final Workflows workflows;
    private final Consumptions consumptions;
    private final Clock clock;

    public FinishConversation(AuthenticateToken authenticateToken, Workflows workflows,
                              Consumptions consumptions, Clock clock) {
        this.session = new ShareSession(authenticateToken);
        this.workflows = workflows;
        this.consumptions = consumptions;
        this.clock = clock;
    }

    public FinishOutcome finish(Command command) {
        return switch (session.check(command.token())) {
            case ShareSession.Check.Invalid invalid -> invalid.failure();
            case ShareSession.Check.Valid valid -> charge(valid.user(), command);
        };
    }

    private FinishOutcome charge(User user, Command command) {
        Optional<Workflow> workflow = workflowOf(command);
        Points basePoints = command.totals().basePoints();
        Multiplier multiplier = workflow.map(Workflow::pointMultiplier).orElse(Multiplier.ONE);
        if (!ConsumptionRequest.withinMaxCharge(basePoints, multiplier)) {
            return new ShareAuthFailure.ChargeTooLarge(basePoints, multiplier);
        }
        ConsumptionRequest request = new ConsumptionRequest(
                user.id(),
                workflow.map(Workflow::name).orElse(Workflow.UNKNOWN_NAME),
                basePoints,
                multiplier,
                command.retryKey().value(),
                command.chatId(),
                clock.instant());
        return switch (consumptions.charge(request)) {
            case ChargeResult.Charged charged -> new FinishOutcome.Finished(charged.consumption(), false);
            case ChargeResult.AlreadyCharged earlier -> new FinishOutcome.Finished(earlier.consumption(), true);
            case ChargeResult.Unpaid unpaid ->
                    new ShareAuthFailure.InsufficientBalance(unpaid.attempt().balance(), unpaid.attempt().charge());
            case ChargeResult.NoSuchUser ignored -> new ShareAuthFailure.UnknownUser();
        };
    }

    private Optional<Workflow> workflowOf(Command command) {
        if (command.appName() != null && !command.appName().isBlank()) {
            return workflows.byName(command.appName().strip());
        }
        return WorkflowId.parse(command.workflowId()).flatMap(workflows::byId);
    }
}
