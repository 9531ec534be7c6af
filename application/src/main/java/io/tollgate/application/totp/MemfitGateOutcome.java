package io.tollgate.application.totp;

/** What the memfit gate decided about one request. */
public sealed interface MemfitGateOutcome {

    /** The model needs no TOTP. */
    record NotRequired() implements MemfitGateOutcome {}

    /** The header carried a current code. */
    record Passed() implements MemfitGateOutcome {}

    /** The model needs a TOTP and the request had no header. */
    record Missing() implements MemfitGateOutcome {}

    /** The header was not base64, not a number, or not a code of the window. */
    record Failed() implements MemfitGateOutcome {}
}
