package io.tollgate.boot;

import io.tollgate.application.audit.Actors;
import io.tollgate.application.account.ManageAccounts;
import io.tollgate.application.relay.catalog.ManageModels;
import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.ModelPrice;
import io.tollgate.domain.relay.ModelRoute;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fresh install has no platform configured; so that the API can be tried offline, the first start adds the
 * built-in mock platform: one model and one account answering it. Admins delete or disable them later.
 */
final class MockCatalog {

    static final String MODEL = "mock-gpt";
    private static final Logger LOG = LoggerFactory.getLogger(MockCatalog.class);

    private MockCatalog() {}

    static void addIfEmpty(ManageModels models, ManageAccounts accounts) {
        if (!models.list().isEmpty() || !accounts.list().isEmpty()) {
            return;
        }
        models.add(new Model(MODEL, List.of(new ModelRoute(Platform.MOCK, MODEL)),
                new ModelPrice(Points.exactly("1"), Points.exactly("2"), Points.ZERO), true), Actors.FIRST_START);
        accounts.add(id -> new ProviderAccount(id, Platform.MOCK, "built-in mock", Platform.MOCK.defaultBaseUrl(),
                Set.of(MODEL), 0, 1, AccountHealth.ENABLED, Map.of()), "", Actors.FIRST_START);
        LOG.info("No platform is configured yet: added the built-in mock model '{}' (1 and 2 points per 1M tokens) and its account.", MODEL);
    }
}
