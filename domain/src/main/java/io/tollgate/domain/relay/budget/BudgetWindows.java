package io.tollgate.domain.relay.budget;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/** The first days of the day, ISO week and month an instant falls in, in {@code zone}; the total starts at the epoch. */
public record BudgetWindows(LocalDate day, LocalDate week, LocalDate month, ZoneId zone) {

    public BudgetWindows {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(zone, "zone");
    }

    public static BudgetWindows of(Instant at, ZoneId zone) {
        LocalDate day = at.atZone(zone).toLocalDate();
        return new BudgetWindows(day, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                day.withDayOfMonth(1), zone);
    }

    public LocalDate start(BudgetPeriod period) {
        return switch (period) {
            case DAY -> day;
            case WEEK -> week;
            case MONTH -> month;
            case TOTAL -> LocalDate.EPOCH;
        };
    }

    /** When the period's spend starts again from zero; never for the total. */
    public Optional<Instant> resetsAt(BudgetPeriod period) {
        Optional<LocalDate> next = switch (period) {
            case DAY -> Optional.of(day.plusDays(1));
            case WEEK -> Optional.of(week.plusWeeks(1));
            case MONTH -> Optional.of(month.plusMonths(1));
            case TOTAL -> Optional.empty();
        };
        return next.map(date -> date.atStartOfDay(zone).toInstant());
    }
}
