package io.tollgate.application.relay;

import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.relay.ReservationId;

/** Who pays for a call, and whose limits count its tokens. */
sealed interface Payer {

    /** A caller with an API key: charged against the held reservation. */
    record Billed(ApiKey key, User user, ReservationId reservation, KeyLimits limits) implements Payer {}

    /** A caller without a key on a public model: charged nothing, counted against the public limits. */
    record Anonymous(String clientIp, PublicLimits limits) implements Payer {}
}
