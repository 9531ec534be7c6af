package io.tollgate.console.portal;

import io.tollgate.application.account.OwnAccountView;
import io.tollgate.console.web.QuotaBar;
import io.tollgate.console.web.text.Texts;
import io.tollgate.domain.account.AccountStatus;
import io.tollgate.domain.account.QuotaUse;

/** One of the user's accounts as their accounts page lists it, in the reader's words, its quota bar coloured by how full it is. */
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

    public String status(Texts t) {
        return t.get("accounts.state." + view.account().health().status().wireName());
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

    public String quotaText(Texts t) {
        QuotaUse quota = view.quota();
        return quota.unlimited() ? t.format("me.accounts.quota-unlimited", t.number(quota.used()))
                : t.format("me.accounts.quota-today", t.number(quota.used()), t.number(quota.quota()), quota.percent());
    }

    public long dailyQuota() {
        return view.account().dailyTokenQuota();
    }

    public String lastUsed(Texts t) {
        return view.lastUsedAt().map(t::time).orElse(t.get("accounts.never"));
    }

    public String expires(Texts t) {
        return view.credentialExpiresAt().map(t::time).orElse("—");
    }
}
