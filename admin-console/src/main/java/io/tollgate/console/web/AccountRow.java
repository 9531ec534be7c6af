package io.tollgate.console.web;

import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.QuotaUse;
import java.time.Instant;
import java.util.Optional;

/** An account as the accounts page lists it: today's use against its quota, coloured by how full it is. */
public record AccountRow(ProviderAccount account, QuotaUse quota, String lastUsed, Optional<Instant> credentialExpiresAt) {

    /** When the OAuth access token expires (it is renewed ahead of that); a pasted key has no expiry. */
    public String expires() {
        return credentialExpiresAt.map(Instant::toString).orElse("—");
    }

    public long usedToday() {
        return quota.used();
    }

    public int percent() {
        return QuotaBar.percent(quota);
    }

    public String quotaClass() {
        return QuotaBar.cssClass(quota);
    }

    public String quotaText() {
        return account.unlimited() ? usedToday() + " tokens (no quota)" : usedToday() + " / " + account.dailyTokenQuota() + " tokens (" + percent() + " %)";
    }

    /** The system pool, or the user who bound it (admins see an own account's metadata, never its credential). */
    public String owner() {
        return account.owner().map(user -> "user " + user).orElse("system pool");
    }

    public boolean enabled() {
        return account.health().status().wireName().equals("enabled");
    }
}
