package io.tollgate.application.account;

import io.tollgate.domain.account.Binding;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import java.time.Instant;

/** What came of a user's attempt to bind a platform account. */
public sealed interface BindOutcome {

    /** Open this URL (in a popup); the platform sends the browser back to the callback with a code. */
    record AuthorizationStarted(String authorizationUrl, Platform platform, Instant expiresAt) implements BindOutcome {}

    /** The platform binds by a key (or key pair) the user pastes, not by a browser authorization. */
    record CredentialsNeeded(Platform platform, Binding binding) implements BindOutcome {}

    record Bound(ProviderAccount account) implements BindOutcome {}

    /** The request itself is wrong (unknown platform, empty name, negative quota); the message says how. */
    record Invalid(String message) implements BindOutcome {}

    /** The callback's state was never issued here, or was used already. */
    record UnknownState() implements BindOutcome {}

    /** The authorization was started more than its lifetime ago. */
    record AuthorizationExpired() implements BindOutcome {}

    /** The platform's token endpoint did not give tokens for the code. */
    record Refused(String reason) implements BindOutcome {}
}
