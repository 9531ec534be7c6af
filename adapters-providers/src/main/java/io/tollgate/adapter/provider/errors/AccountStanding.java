package io.tollgate.adapter.provider.errors;

import io.tollgate.application.relay.CheckAccount.Result;
import io.tollgate.application.relay.CheckAccount.Verdict;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamResult;
import java.util.Locale;

/** What a platform's answer to a check call says about the account: its failure class, and for refusals the words. */
public final class AccountStanding {

    private AccountStanding() {}

    public static Result of(UpstreamResult result) {
        return switch (result) {
            case UpstreamResult.Completed ignored -> new Result(Verdict.VALID, "the platform answered");
            case UpstreamResult.Streaming streaming -> {
                streaming.stream().cancel();
                yield new Result(Verdict.VALID, "the platform answered");
            }
            case UpstreamResult.Failed failed -> of(failed.failure());
        };
    }

    private static Result of(UpstreamFailure failure) {
        String detail = failure.message();
        return switch (failure.failureClass()) {
            case AUTH -> new Result(banned(failure) ? Verdict.BANNED : Verdict.EXPIRED, detail);
            case QUOTA -> new Result(Verdict.QUOTA_EXHAUSTED, detail);
            case TRANSIENT -> new Result(Verdict.UNREACHABLE, detail);
            // Throttled or a refused request: the credential itself was accepted.
            case RATE, CLIENT -> new Result(Verdict.VALID, "credential accepted; the platform said: " + detail);
        };
    }

    /** A refused credential whose platform says the account is shut, not that the key is wrong ("封" is Chinese for sealed). */
    private static boolean banned(UpstreamFailure failure) {
        String text = failure.message().toLowerCase(Locale.ROOT);
        return failure.status() == 403 || text.contains("ban") || text.contains("deactivat") || text.contains("suspend")
                || text.contains("封");
    }
}
