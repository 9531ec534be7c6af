package io.tollgate.application.relay.usage.charts;

import io.tollgate.domain.account.QuotaUse;

/**
 * A system-pool account today: its tokens against its daily quota, and the median and 95th-percentile latency of its
 * latest calls ({@code calls} of them; zero when it served none).
 */
public record AccountLoad(String name, String platform, QuotaUse quota, long calls, long medianMs, long p95Ms) {}
