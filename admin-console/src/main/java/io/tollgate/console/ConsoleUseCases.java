package io.tollgate.console;

import io.tollgate.application.account.BindAccount;
import io.tollgate.application.account.ManageAccounts;
import io.tollgate.application.account.Notifications;
import io.tollgate.application.account.OAuthSettings;
import io.tollgate.application.account.OwnAccounts;
import io.tollgate.application.billing.BillingHistory;
import io.tollgate.application.billing.ChangeBalance;
import io.tollgate.application.billing.CreateUser;
import io.tollgate.application.identity.AuditTrail;
import io.tollgate.application.identity.ChangeAdminPassword;
import io.tollgate.application.identity.ChangeUserStatus;
import io.tollgate.application.identity.ConsoleAccess;
import io.tollgate.application.identity.IssueApiKey;
import io.tollgate.application.identity.ListUsers;
import io.tollgate.application.identity.ManageApiKeys;
import io.tollgate.application.identity.MyPreferences;
import io.tollgate.application.identity.SecondFactor;
import io.tollgate.application.identity.SignInAdmin;
import io.tollgate.application.identity.SignInUser;
import io.tollgate.application.moderation.ReplaceSensitiveWords;
import io.tollgate.application.moderation.SensitiveWordCatalog;
import io.tollgate.application.relay.CheckAccount;
import io.tollgate.application.relay.ManageModels;
import io.tollgate.application.relay.UsageDashboard;
import io.tollgate.application.relay.UsageLog;
import io.tollgate.application.shareauth.ManageWorkflows;
import io.tollgate.application.totp.ManageTotpSecret;

/** Every use case the console calls, built by the composition root. */
public record ConsoleUseCases(Access access, Admin admin, Portal portal) {

    /** Signing in and out, the second factor, and the audit log. */
    public record Access(SignInAdmin signIn, SecondFactor secondFactor, ConsoleAccess sessions, AuditTrail audit,
                         ChangeAdminPassword changePassword) {}

    /** What a signed-in user's own pages call: their session, accounts, keys, preferences and usage. */
    public record Portal(SignInUser signIn, OwnAccounts accounts, BindAccount bind, CheckAccount check,
                         MyPreferences preferences, ManageApiKeys apiKeys, IssueApiKey issueApiKey, UsageLog usageLog,
                         Notifications notifications, OAuthSettings oauth) {}

    /** What the admin pages read and change. */
    public record Admin(UsageDashboard dashboard, CreateUser createUser, ListUsers listUsers, ChangeUserStatus changeUserStatus,
                        ChangeBalance changeBalance, BillingHistory billingHistory, ManageApiKeys apiKeys,
                        ManageAccounts accounts, ManageModels models, ManageWorkflows workflows,
                        SensitiveWordCatalog sensitiveWords, ReplaceSensitiveWords replaceSensitiveWords,
                        ManageTotpSecret memfit, UsageLog usageLog, IssueApiKey issueApiKey, OwnAccounts accountViews,
                        CheckAccount checkAccount) {}
}
