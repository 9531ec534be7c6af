package io.tollgate.application.account;

import io.tollgate.domain.account.AccountChooser;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.breaker.Breaker;
import io.tollgate.domain.account.HealthPolicy;
import io.tollgate.domain.account.ProviderAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The accounts' circuit breakers, in memory on this node: each node learns how an upstream is doing from its own
 * calls, and a restart starts every breaker closed. Only what needs a person (a refused credential) is stored.
 */
final class Breakers {

    private final HealthPolicy policy;
    private final ConcurrentMap<AccountId, Breaker> breakers = new ConcurrentHashMap<>();

    Breakers(HealthPolicy policy) {
        this.policy = policy;
    }

    /** An account let through, with the ticket its outcome is reported with. */
    record Admitted(ProviderAccount account, long ticket) {}

    /** The chooser's best candidate whose breaker lets the call through now. */
    Optional<Admitted> choose(AccountChooser chooser, List<AccountChooser.Candidate> candidates, Set<AccountId> alreadyFailed,
                              Instant now, Optional<AccountId> preferred) {
        List<AccountChooser.Candidate> admitted = candidates.stream().filter(c -> admits(c.account().id(), now)).toList();
        Set<AccountId> passedOver = new HashSet<>(alreadyFailed);
        while (true) {
            Optional<ProviderAccount> chosen = chooser.choose(admitted, passedOver, now, preferred);
            if (chosen.isEmpty()) {
                return Optional.empty();
            }
            // Another request may have taken a half-open breaker's only probe since the candidates were filtered.
            OptionalLong ticket = admit(chosen.get().id(), now);
            if (ticket.isPresent()) {
                return Optional.of(new Admitted(chosen.get(), ticket.getAsLong()));
            }
            passedOver.add(chosen.get().id());
        }
    }

    boolean admits(AccountId account, Instant now) {
        return of(account).admits(now);
    }

    /** Lets a call through if the breaker admits one now: the ticket its outcome is reported with. */
    OptionalLong admit(AccountId account, Instant now) {
        long[] ticket = {-1};
        breakers.compute(account, (id, breaker) -> {
            Breaker current = breaker == null ? Breaker.CLOSED : breaker;
            if (!current.admits(now)) {
                return current;
            }
            Breaker admitted = policy.admit(current, now);
            ticket[0] = admitted.generation();
            return admitted;
        });
        return ticket[0] < 0 ? OptionalLong.empty() : OptionalLong.of(ticket[0]);
    }

    void succeeded(AccountId account, long ticket) {
        breakers.computeIfPresent(account, (id, breaker) -> policy.afterSuccess(breaker, ticket));
    }

    void failed(AccountId account, long ticket, Optional<Duration> retryAfter, String reason, Instant now) {
        breakers.compute(account, (id, breaker) ->
                policy.afterFailure(breaker == null ? Breaker.CLOSED : breaker, ticket, retryAfter, reason, now));
    }

    void released(AccountId account, long ticket) {
        breakers.computeIfPresent(account, (id, breaker) -> policy.released(breaker, ticket));
    }

    Breaker of(AccountId account) {
        return breakers.getOrDefault(account, Breaker.CLOSED);
    }
}
