package io.tollgate.adapter.provider.memfit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.adapter.provider.errors.Failures;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.totp.MemfitModels;
import io.tollgate.domain.totp.Totp;
import io.tollgate.domain.totp.TotpSecret;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Adds the memfit TOTP header to aibalance calls for memfit models, and refreshes the secret and retries once on 401. */
public final class MemfitClient {

    /** The request header the code is sent in. */
    public static final String HEADER = MemfitWire.HEADER;

    private static final Logger LOG = LoggerFactory.getLogger(MemfitSecrets.LOGGER);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MemfitModels models;
    private final MemfitSecrets secrets;
    private final Clock clock;

    public MemfitClient(MemfitModels models, MemfitSecrets secrets, Clock clock) {
        this.models = models;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Whether the call needs the header; for any other call no TOTP work is done at all. */
    public boolean covers(UpstreamRequest request) {
        return request.account().platform() == Platform.AIBALANCE && models.covers(request.upstreamModel());
    }

    /** Sends through {@code send}, which takes the header value to add. */
    public UpstreamResult call(UpstreamRequest request, Function<String, UpstreamResult> send) {
        String baseUrl = request.account().baseUrl();
        Optional<TotpSecret> secret = secrets.secret(baseUrl);
        if (secret.isEmpty()) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the upstream's memfit TOTP secret could not be fetched");
        }
        UpstreamResult first = send.apply(header(secret.get(), request));
        if (!refusedForTotp(first)) {
            return first;
        }
        LOG.warn("TOTP authentication failed for memfit model, refreshing secret and retrying...");
        Optional<TotpSecret> fresh = secrets.refresh(baseUrl, secret.get());
        UpstreamResult second = fresh.isEmpty() ? first : send.apply(header(fresh.get(), request));
        return refusedForTotp(second) ? asIs((UpstreamResult.Failed) second) : second;
    }

    /** A refusal that outlived a fresh secret goes back to the caller untouched rather than failing over. */
    private static UpstreamResult asIs(UpstreamResult.Failed failed) {
        UpstreamFailure f = failed.failure();
        return new UpstreamResult.Failed(new UpstreamFailure(FailureClass.CLIENT, f.status(), f.message(), f.retryAfter(),
                f.contentType(), f.body()));
    }

    private String header(TotpSecret secret, UpstreamRequest request) {
        LOG.info("Added TOTP auth header for memfit model: {}", request.upstreamModel());
        return MemfitWire.header(Totp.MEMFIT.code(secret.key(), clock.instant()));
    }

    /** A 401 whose error type is one of the gate's; a successful but empty reply is no reason to refresh. */
    static boolean refusedForTotp(UpstreamResult result) {
        if (!(result instanceof UpstreamResult.Failed failed) || failed.failure().status() != 401) {
            return false;
        }
        try {
            String type = JSON.readTree(failed.failure().body()).path("error").path("type").asText("");
            return type.equals(MemfitWire.FAILED_TYPE) || type.equals(MemfitWire.REQUIRED_TYPE);
        } catch (IOException notJson) {
            return false;
        }
    }
}
