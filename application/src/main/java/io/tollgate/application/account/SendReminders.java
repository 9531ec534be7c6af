package io.tollgate.application.account;

import io.tollgate.domain.account.ProviderAccounts;
import io.tollgate.domain.account.QuotaDay;
import io.tollgate.domain.identity.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Sends each user the notices that need action — credentials about to expire, expired or disabled accounts — at most
 * once a day per account and kind, claimed in {@link ReminderClaims} so that of several nodes only one sends it.
 */
public final class SendReminders {

    private static final Set<Notice.Kind> ACTIONABLE = EnumSet.of(Notice.Kind.CREDENTIAL_EXPIRING,
            Notice.Kind.CREDENTIAL_EXPIRED, Notice.Kind.ACCOUNT_DISABLED);

    private final ProviderAccounts accounts;
    private final Notifications notifications;
    private final Reminders reminders;
    private final QuotaDay day;
    private final ReminderClaims claims;
    private final Clock clock;

    public SendReminders(ProviderAccounts accounts, Notifications notifications, Reminders reminders,
                         ReminderClaims claims, QuotaDay day, Clock clock) {
        this.accounts = accounts;
        this.claims = claims;
        this.notifications = notifications;
        this.reminders = reminders;
        this.day = day;
        this.clock = clock;
    }

    /** One round over every user with an own account; how many notices went out. */
    public int run() {
        LocalDate today = day.dayOf(clock.instant());
        claims.forgetBefore(today);
        int delivered = 0;
        for (UserId owner : accounts.all().stream().flatMap(a -> a.owner().stream()).distinct().toList()) {
            List<Notice> fresh = notifications.of(owner).stream()
                    .filter(notice -> ACTIONABLE.contains(notice.kind()))
                    .filter(notice -> claims.claim(today, notice.account(), notice.kind()))
                    .toList();
            if (!fresh.isEmpty()) {
                reminders.remind(owner, fresh);
                delivered += fresh.size();
            }
        }
        return delivered;
    }
}
