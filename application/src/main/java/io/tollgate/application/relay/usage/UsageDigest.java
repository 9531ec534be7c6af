package io.tollgate.application.relay.usage;

import io.tollgate.domain.money.Points;
import java.time.Instant;
import java.util.List;

/** A window's usage: relayed requests, their tokens and failures, points charged (relay and ShareAuth), hourly counts and leaders. */
public record UsageDigest(long requests, long tokens, long failed, Points charged, List<Hour> hours,
                          List<Leader> topUsers, List<Leader> topModels) {

    /** Requests and failures started in the hour beginning at {@code start}. */
    public record Hour(Instant start, long requests, long failed) {}

    /** A user or model ranked by requests. */
    public record Leader(String name, long requests, long tokens, Points cost) {}

    public UsageDigest {
        hours = List.copyOf(hours);
        topUsers = List.copyOf(topUsers);
        topModels = List.copyOf(topModels);
    }

    /** Failed requests per thousand, rounded down; exact, without floating point. */
    public long errorPerMille() {
        return requests == 0 ? 0 : failed * 1000 / requests;
    }
}
