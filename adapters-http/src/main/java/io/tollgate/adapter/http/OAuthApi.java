package io.tollgate.adapter.http;

import io.tollgate.application.account.BindAccount;
import io.tollgate.application.account.OAuthSettings;
import io.tollgate.application.account.OwnAccounts;
import io.tollgate.application.relay.ChatWithOwnAccounts;
import io.tollgate.application.relay.CheckAccount;

/** The use cases of {@code /api/v1/oauth}: the end user's own platform accounts, binding them and chatting on them. */
public record OAuthApi(OAuthSettings settings, BindAccount bind, OwnAccounts accounts, CheckAccount check,
                       ChatWithOwnAccounts chat) {}
