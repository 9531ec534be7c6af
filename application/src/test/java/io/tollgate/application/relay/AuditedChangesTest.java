package io.tollgate.application.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.application.audit.AuditEntry;
import io.tollgate.application.billing.ChangeBalance;
import io.tollgate.application.identity.AuthenticateApiKey;
import io.tollgate.application.identity.ChangeUserStatus;
import io.tollgate.application.identity.ManageApiKeys;
import io.tollgate.application.fakes.InMemoryRememberedKeys;
import io.tollgate.application.fakes.InMemoryWorkflows;
import io.tollgate.application.relay.catalog.ManageModels;
import io.tollgate.application.relay.catalog.ModelCatalog;
import io.tollgate.application.shareauth.ManageWorkflows;
import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.UserStatus;
import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.shareauth.NewWorkflow;
import io.tollgate.domain.shareauth.Workflow;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every change an admin makes through a use case is in the audit log, whichever door it came through. */
class AuditedChangesTest {

    private final RelayFixture fixture = new RelayFixture();

    private AuditEntry last() {
        return fixture.auditLog.newest(0, 1).getFirst();
    }

    @Test
    void userBalanceAndStatusChangesNameTheActorAndTheUser() {
        User alice = fixture.user("alice", "5");
        assertEquals("create-user", last().action());
        assertEquals("alice with 5 points", last().detail());

        new ChangeBalance(fixture.store, fixture.users, fixture.clock, fixture.audit)
                .change(new ChangeBalance.Command(alice.id(), Points.exactly("-2.5"), "refund", "admin-token"));
        assertEquals(List.of("admin-token", "adjust-balance", "alice -2.5 (refund)"),
                List.of(last().actor(), last().action(), last().detail()));

        new ChangeUserStatus(fixture.users, fixture.audit).change(alice.id(), UserStatus.DISABLED, "admin-token");
        assertEquals("alice → disabled", last().detail());
    }

    @Test
    void aRefusedChangeIsNotAudited() {
        User bob = fixture.user("bob", "1");
        int before = fixture.auditLog.actions().size();
        new ChangeBalance(fixture.store, fixture.users, fixture.clock, fixture.audit)
                .change(new ChangeBalance.Command(bob.id(), Points.exactly("-2"), "too much", "admin-token"));
        assertEquals(before, fixture.auditLog.actions().size());
    }

    @Test
    void modelEditsSayWhatChanged() {
        ManageModels models = new ManageModels(fixture.models, new ModelCatalog(fixture.models, fixture.clock, Duration.ZERO), fixture.audit);
        models.edit(RelayFixture.MODEL, model -> model.withEnabled(false), "console:root");
        assertEquals(List.of("console:root", "edit-model", RelayFixture.MODEL + ": enabled: true → false"),
                List.of(last().actor(), last().action(), last().detail()));
    }

    @Test
    void accountAddEditAndDeleteAreAudited() {
        ProviderAccount account = fixture.account("pool-1", 0);
        fixture.manageAccounts.edit(account.id(), stored -> stored.withHealth(AccountHealth.disabledByAdmin("rotating")), Optional.of("sk-new"), "admin-token");
        assertTrue(last().detail().contains("new credential"), last().detail());
        assertTrue(!last().detail().contains("sk-new"), "a credential never reaches the audit log");
        fixture.manageAccounts.delete(account.id(), "admin-token");
        assertEquals(List.of("add-account", "edit-account", "delete-account"), fixture.auditLog.actions().subList(0, 3));
    }

    @Test
    void keysIssuedAndRevokedAreAuditedWithoutTheirSecret() {
        User carol = fixture.user("carol", "0");
        String secret = fixture.key(carol, List.of(), 0);
        assertTrue(last().detail().endsWith("for carol") && !last().detail().contains(secret), last().detail());
        ApiKey key = fixture.keys.list(Optional.of(carol.id()), 0, 10).getFirst();
        new ManageApiKeys(fixture.keys, new AuthenticateApiKey(fixture.keys, fixture.users, new InMemoryRememberedKeys(),
                fixture.clock, Duration.ZERO), fixture.audit).revoke(key.id(), "admin-token");
        assertEquals(List.of("revoke-key", key.id().toString()), List.of(last().action(), last().detail()));
    }

    @Test
    void workflowsAreAudited() {
        ManageWorkflows workflows = new ManageWorkflows(new InMemoryWorkflows(), fixture.audit);
        var saved = (ManageWorkflows.Outcome.Saved) workflows.create(new NewWorkflow("essay", Optional.empty(), Multiplier.ONE), "admin-token");
        workflows.edit(saved.workflow().id(), stored -> new Workflow(stored.id(), stored.name(), stored.noLoginUrl(),
                new Multiplier(new BigDecimal("2"))), "admin-token");
        assertEquals(List.of("add-workflow", "edit-workflow"), fixture.auditLog.actions());
    }
}
