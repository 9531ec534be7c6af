package io.tollgate.adapter.http;

import io.tollgate.application.account.BindAccount;
import io.tollgate.application.account.ManageAccounts;
import io.tollgate.application.account.Notifications;
import io.tollgate.application.account.OAuthSettings;
import io.tollgate.application.account.OwnAccounts;
import io.tollgate.application.billing.BillingHistory;
import io.tollgate.application.billing.ChangeBalance;
import io.tollgate.application.billing.CreateUser;
import io.tollgate.application.identity.AuthenticateApiKey;
import io.tollgate.application.identity.ChangeUserStatus;
import io.tollgate.application.identity.IssueApiKey;
import io.tollgate.application.identity.IdentifyCaller;
import io.tollgate.application.identity.IssueLegacyToken;
import io.tollgate.application.identity.ListUsers;
import io.tollgate.application.identity.ManageApiKeys;
import io.tollgate.application.identity.MyPreferences;
import io.tollgate.application.identity.SignIn;
import io.tollgate.application.moderation.ReplaceSensitiveWords;
import io.tollgate.application.moderation.SensitiveWordCatalog;
import io.tollgate.application.relay.ChatWithOwnAccounts;
import io.tollgate.application.relay.CheckAccount;
import io.tollgate.application.relay.ManageModels;
import io.tollgate.application.relay.ModelCatalog;
import io.tollgate.application.relay.RelayChat;
import io.tollgate.application.relay.UsageLog;
import io.tollgate.application.shareauth.FinishConversation;
import io.tollgate.application.shareauth.InitShareSession;
import io.tollgate.application.shareauth.ManageWorkflows;
import io.tollgate.application.shareauth.StartConversation;
import io.tollgate.application.totp.CheckMemfitTotp;
import io.tollgate.application.totp.ManageTotpSecret;

/** Every use case the routes call, built by the composition root, grouped by who calls them. */
public record UseCases(ShareAuth shareAuth, Admin admin, Relay relay, Memfit memfit, Owner owner) {

    /** What FastGPT share links call. */
    public record ShareAuth(InitShareSession init, StartConversation start, FinishConversation finish) {}

    /** What the admin API calls. */
    public record Admin(CreateUser createUser, ListUsers listUsers, ChangeUserStatus changeUserStatus,
                        ChangeBalance changeBalance, BillingHistory billingHistory, IssueLegacyToken issueLegacyToken,
                        ManageWorkflows manageWorkflows, SensitiveWordCatalog sensitiveWords,
                        ReplaceSensitiveWords replaceSensitiveWords, IssueApiKey issueApiKey, ManageApiKeys manageApiKeys,
                        ManageModels manageModels, ManageAccounts manageAccounts) {}

    /** What API clients of the OpenAI-compatible endpoints call. */
    public record Relay(RelayChat chat, AuthenticateApiKey authenticateApiKey, ModelCatalog models, UsageLog usageLog) {}

    /** What signed-in users call for themselves: their keys, preferences, own platform accounts and chats on them. */
    public record Owner(SignIn signIn, IdentifyCaller identify, MyPreferences preferences, BindAccount bind,
                        OwnAccounts accounts, CheckAccount check, ChatWithOwnAccounts chat, Notifications notifications,
                        OAuthSettings oauth) {}

    /** The memfit TOTP gate, the public secret endpoint and its admin routes. */
    public record Memfit(CheckMemfitTotp gate, ManageTotpSecret secret) {}
}
