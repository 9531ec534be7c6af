package io.tollgate.application.account;

import io.tollgate.domain.account.AccountStatus;
import io.tollgate.domain.account.QuotaUse;
import io.tollgate.domain.account.oauth.OAuthGrants;
import io.tollgate.domain.identity.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a user should act on now: credentials that expire within seven days and cannot renew themselves, expired or
 * disabled accounts with their reason, quotas past 70 % or 90 %, and what an admin changed on them.
 */
public final class Notifications {

    /** How far ahead an expiring credential is announced. */
    public static final Duration EXPIRY_NOTICE = Duration.ofDays(7);

    private final OwnAccounts accounts;
    private final OAuthGrants grants;
    private final Clock clock;
    private final AccountNotices adminChanges;

    public Notifications(OwnAccounts accounts, OAuthGrants grants, Clock clock) {
        this(accounts, grants, clock, AccountNotices.NONE);
    }

    /** As above, and the changes an admin made to the user's accounts (newest first, after the rest). */
    public Notifications(OwnAccounts accounts, OAuthGrants grants, Clock clock, AccountNotices adminChanges) {
        this.accounts = accounts;
        this.grants = grants;
        this.clock = clock;
        this.adminChanges = adminChanges;
    }

    public List<Notice> of(UserId owner) {
        Instant now = clock.instant();
        List<Notice> notices = new ArrayList<>();
        for (OwnAccountView view : accounts.list(owner, Optional.empty())) {
            var account = view.account();
            AccountStatus status = account.health().status();
            if (status == AccountStatus.EXPIRED) {
                notices.add(new Notice(Notice.Kind.CREDENTIAL_EXPIRED, account.id(), account.name(),
                        "authorize again: " + account.health().reason(), view.credentialExpiresAt()));
                continue;
            }
            if (status == AccountStatus.DISABLED) {
                notices.add(new Notice(Notice.Kind.ACCOUNT_DISABLED, account.id(), account.name(),
                        account.health().reason(), Optional.empty()));
            }
            boolean renewsItself = grants.of(account.id()).flatMap(g -> g.refreshToken()).isPresent();
            view.credentialExpiresAt().filter(at -> !renewsItself && at.isBefore(now.plus(EXPIRY_NOTICE))).ifPresent(at ->
                    notices.add(new Notice(Notice.Kind.CREDENTIAL_EXPIRING, account.id(), account.name(),
                            "the credential expires and cannot renew itself; authorize the account again before then",
                            Optional.of(at))));
            QuotaUse quota = view.quota();
            if (quota.level() != QuotaUse.Level.NORMAL) {
                notices.add(new Notice(quota.level() == QuotaUse.Level.CRITICAL ? Notice.Kind.QUOTA_CRITICAL : Notice.Kind.QUOTA_WARNING,
                        account.id(), account.name(), quota.percent() + " % of today's quota used; it resets at the quota day's end",
                        Optional.of(view.quotaResetsAt())));
            }
        }
        notices.addAll(adminChanges.recent(owner));
        return notices;
    }
}
