package io.tollgate.domain.account;

/** What an upstream failure means for the account and the request; the HTTP status alone does not say. */
public enum FailureClass {
    /** The credential is bad: disable the account after repeated failures. */
    AUTH,
    /** Balance or free quota exhausted: suspend until the account's reset; fail over. */
    QUOTA,
    /** Throttled: a short cooldown (honouring Retry-After); fail over. */
    RATE,
    /** 5xx, timeouts, overload: fail over. */
    TRANSIENT,
    /** The caller's fault (incl. content refusals): back to the caller, never fail over, never disable. */
    CLIENT;

    /** Whether the request moves on to another account; a bad credential is not the caller's fault either. */
    public boolean failsOver() {
        return this != CLIENT;
    }
}
