package io.tollgate.console.portal;

import io.tollgate.application.account.OwnAccountView;
import io.tollgate.console.web.QuotaBar;
import io.tollgate.domain.account.AccountStatus;
import io.tollgate.domain.account.QuotaUse;
import java.time.Instant;

/** One of the user's accounts as their accounts page lists it, its quota bar coloured by how full it is. */
public record PortalAccountRow(OwnAccountView view) {

    public String id() {
        return view.account().id().toString();
    }

    public String name() {
        return view.account().name();
    }

    public String platform() {
        return view.account().platform().displayName();
    }

    public String status() {
        return view.account().health().status().wireName();
    }

    public String reason() {
        return view.account().health().reason();
    }

    public boolean enabled() {
        return view.account().health().status() != AccountStatus.DISABLED && view.account().health().status() != AccountStatus.EXPIRED;
    }

    public boolean expired() {
        return view.account().health().status() == AccountStatus.EXPIRED;
    }

    public int percent() {
        return QuotaBar.percent(view.quota());
    }

    public String quotaClass() {
        return QuotaBar.cssClass(view.quota());
    }

    public String quotaText() {
        QuotaUse quota = view.quota();
        return quota.unlimited() ? quota.used() + " tokens today (no quota)"
                : quota.used() + " / " + quota.quota() + " tokens today (" + quota.percent() + " %)";
    }

    public long dailyQuota() {
        return view.account().dailyTokenQuota();
    }

    public String lastUsed() {
        return view.lastUsedAt().map(Instant::toString).orElse("never");
    }

    public String expires() {
        return view.credentialExpiresAt().map(Instant::toString).orElse("—");
    }
}
