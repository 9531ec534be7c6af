package io.tollgate.domain.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Daily quotas reset at the platform's local midnight (Asia/Shanghai unless configured). */
public record QuotaDay(ZoneId zone) {

    public static final QuotaDay SHANGHAI = new QuotaDay(ZoneId.of("Asia/Shanghai"));

    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The first instant of the next day. */
    public Instant nextReset(Instant instant) {
        return dayOf(instant).plusDays(1).atStartOfDay(zone).toInstant();
    }
}
