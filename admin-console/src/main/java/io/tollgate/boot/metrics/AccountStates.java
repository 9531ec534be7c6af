package io.tollgate.boot.metrics;

import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.tollgate.domain.account.AccountStatus;
import io.tollgate.domain.account.ProviderAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code tollgate_account_state}: for each system-pool account, 1 for its current state and 0 for the others, read at each scrape. */
final class AccountStates {

    private static final Logger LOG = LoggerFactory.getLogger(AccountStates.class);

    private final Supplier<List<ProviderAccount>> accounts;
    private final MultiGauge gauge;

    AccountStates(GatewayMeters meters, Supplier<List<ProviderAccount>> accounts) {
        this.accounts = accounts;
        this.gauge = MultiGauge.builder("tollgate.account.state").description("1 for the state each pool account is in now")
                .register(meters.registry);
    }

    /** Reads the accounts again; when the database is away, the last values stay. */
    void refresh() {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        try {
            for (ProviderAccount account : accounts.get()) {
                if (!account.inSystemPool()) {
                    continue;
                }
                for (AccountStatus state : AccountStatus.values()) {
                    rows.add(MultiGauge.Row.of(Tags.of("account", account.name(), "state", state.wireName()),
                            account.health().status() == state ? 1 : 0));
                }
            }
        } catch (RuntimeException databaseAway) {
            LOG.debug("account states not refreshed", databaseAway);
            return;
        }
        gauge.register(rows, true);
    }
}
