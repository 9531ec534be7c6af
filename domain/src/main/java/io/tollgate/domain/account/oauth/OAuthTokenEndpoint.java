package io.tollgate.domain.account.oauth;

/** A platform's OAuth 2.0 token endpoint: authorization codes (with PKCE) and refresh tokens in, tokens out. */
public interface OAuthTokenEndpoint {

    TokenReply exchangeCode(OAuthClient client, String code, String codeVerifier, String redirectUri);

    TokenReply refresh(OAuthClient client, String refreshToken);
}
