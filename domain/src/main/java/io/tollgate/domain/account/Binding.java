package io.tollgate.domain.account;

/** How a user's platform account can be bound to Tollgate. */
public enum Binding {
    /** Browser authorization (authorization code); no platform adapter takes one yet. */
    OAUTH2,
    /** A key pair exchanged for an expiring access token (client_credentials grant). */
    CLIENT_CREDENTIALS,
    /** A static key or password sent on every call. */
    API_KEY
}
