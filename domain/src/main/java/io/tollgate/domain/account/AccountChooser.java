package io.tollgate.domain.account;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Picks the usable account with the most daily quota left; ties go to the heavier weight, then take turns. A preferred
 * account (the one that served the same prompt prefix last) wins while it is usable.
 */
public final class AccountChooser {

    /** An account and how many tokens it may still spend today ({@link Long#MAX_VALUE} when unlimited). */
    public record Candidate(ProviderAccount account, long tokensLeft) {}

    private final AtomicLong turn = new AtomicLong();

    /** A chooser whose ties take turns from the first; one per pool, so that turns go round that pool. */
    public AccountChooser() {}

    public Optional<ProviderAccount> choose(List<Candidate> candidates, Set<AccountId> alreadyFailed, Instant now) {
        return choose(candidates, alreadyFailed, now, Optional.empty());
    }

    /** {@code preferred} when it is usable (healthy, with quota left, not failed yet); otherwise the usual choice. */
    public Optional<ProviderAccount> choose(List<Candidate> candidates, Set<AccountId> alreadyFailed, Instant now,
                                            Optional<AccountId> preferred) {
        List<Candidate> usable = candidates.stream()
                .filter(c -> c.tokensLeft() > 0)
                .filter(c -> !alreadyFailed.contains(c.account().id()))
                .filter(c -> c.account().health().usableAt(now))
                .toList();
        if (usable.isEmpty()) {
            return Optional.empty();
        }
        Optional<Candidate> sticky = preferred.flatMap(id -> usable.stream().filter(c -> c.account().id().equals(id)).findFirst());
        if (sticky.isPresent()) {
            return Optional.of(sticky.get().account());
        }
        Comparator<Candidate> best = Comparator.comparingLong(Candidate::tokensLeft)
                .thenComparingInt(c -> c.account().weight());
        Candidate top = usable.stream().max(best).orElseThrow();
        List<Candidate> tied = usable.stream().filter(c -> best.compare(c, top) == 0)
                .sorted(Comparator.comparing(c -> c.account().id().value()))
                .toList();
        return Optional.of(tied.get((int) Math.floorMod(turn.getAndIncrement(), (long) tied.size())).account());
    }
}
