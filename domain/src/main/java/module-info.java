/**
 * Tollgate's domain as a library for other JVM projects (JDK only): exact points, sensitive-word matching,
 * TOTP, PKCE, the quota day, choosing an upstream account and judging its health, model patterns and prices.
 *
 * <p>Tollgate's own business (the ledger and consumptions in {@code billing}, FastGPT's ShareAuth in
 * {@code shareauth}) stays inside; the ports only Tollgate's infrastructure implements live in its application.
 */
module io.tollgate.domain {
    exports io.tollgate.domain.money;
    exports io.tollgate.domain.moderation;
    exports io.tollgate.domain.totp;
    exports io.tollgate.domain.account;
    exports io.tollgate.domain.account.oauth;
    exports io.tollgate.domain.identity;
    exports io.tollgate.domain.relay;
}
