package io.tollgate.domain.relay.budget;

import io.tollgate.domain.identity.ApiKeyId;
import java.util.Objects;

/** The key a call is made with and the periods it counts in: those it was admitted in. */
public record BudgetedKey(ApiKeyId key, BudgetWindows windows) {

    public BudgetedKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(windows, "windows");
    }
}
