package io.tollgate.application.relay;

import io.tollgate.domain.account.AccountCalls;
import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.relay.ReservationId;
import java.util.Optional;

/** Who pays for a call, and whose limits count its tokens. */
sealed interface Payer {

    /** A user charged against the held reservation; with the key they called with, whose limits count the tokens. */
    record Billed(Optional<ApiKey> key, User user, ReservationId reservation, KeyLimits limits) implements Payer {}

    /** A user spending their own platform account: charged nothing, the call recorded on the account's usage page. */
    record Owner(User user, AccountCalls calls, String requestSummary) implements Payer {}

    /** A caller without a key on a public model: charged nothing, counted against the public limits. */
    record Anonymous(String clientIp, PublicLimits limits) implements Payer {}
}
