package io.tollgate.console.web;

import io.tollgate.domain.account.QuotaUse;

/** How a quota bar is drawn, for admins' and users' pages alike: the domain's levels as colours, whole percents. */
public final class QuotaBar {

    private QuotaBar() {}

    /** Green below 70 %, orange from 70 %, red from 90 % (the levels of {@link QuotaUse}). */
    public static String cssClass(QuotaUse quota) {
        return switch (quota.level()) {
            case NORMAL -> "green";
            case WARNING -> "orange";
            case CRITICAL -> "red";
        };
    }

    /** Whole percent used, for the bar's width: rounded down, at most 100, 0 when unlimited. */
    public static int percent(QuotaUse quota) {
        return (int) quota.percent();
    }
}
