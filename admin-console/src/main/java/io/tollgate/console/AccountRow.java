package io.tollgate.console;

import io.tollgate.domain.account.ProviderAccount;

/** An account as the accounts page lists it: today's use against its quota, coloured by how full it is. */
public record AccountRow(ProviderAccount account, long usedToday, int percent, String quotaClass, String lastUsed) {

    /** Green below 70 %, orange from 70 %, red from 90 %. */
    static String quotaClass(int percent) {
        return percent >= 90 ? "red" : percent >= 70 ? "orange" : "green";
    }

    /** Whole percent used, capped at 100; 0 for an unlimited account. */
    static int percent(long used, long quota) {
        return quota <= 0 ? 0 : (int) Math.min(100, used * 100 / quota);
    }

    public String quotaText() {
        return account.unlimited() ? usedToday + " tokens (no quota)" : usedToday + " / " + account.dailyTokenQuota() + " tokens (" + percent + " %)";
    }

    public boolean enabled() {
        return account.health().status().wireName().equals("enabled");
    }
}
