package io.tollgate.adapter.http;

import io.tollgate.application.relay.budget.ManageKeyBudgets;
import io.tollgate.application.account.ManageAccounts;
import io.tollgate.application.billing.BillingHistory;
import io.tollgate.application.billing.ChangeBalance;
import io.tollgate.application.billing.CreateUser;
import io.tollgate.application.identity.ChangeUserStatus;
import io.tollgate.application.identity.IssueApiKey;
import io.tollgate.application.identity.IssueLegacyToken;
import io.tollgate.application.identity.ListUsers;
import io.tollgate.application.identity.ManageApiKeys;
import io.tollgate.application.identity.signin.LoginThrottle;
import io.tollgate.application.moderation.ReplaceSensitiveWords;
import io.tollgate.application.moderation.SensitiveWordCatalog;
import io.tollgate.application.relay.catalog.ManageModels;
import io.tollgate.application.relay.usage.UsageLog;
import io.tollgate.application.shareauth.ManageWorkflows;

/** The use cases of the admin JSON API under {@code /admin/api}, and the throttle on wrong admin tokens. */
public record AdminApi(CreateUser createUser, ListUsers listUsers, ChangeUserStatus changeUserStatus,
                       ChangeBalance changeBalance, BillingHistory billingHistory, IssueLegacyToken issueLegacyToken,
                       UsageLog usageLog, ManageWorkflows manageWorkflows, SensitiveWordCatalog sensitiveWords,
                       ReplaceSensitiveWords replaceSensitiveWords, IssueApiKey issueApiKey, ManageApiKeys manageApiKeys,
                       ManageModels manageModels, ManageAccounts manageAccounts, LoginThrottle tokenThrottle,
                       ManageKeyBudgets keyBudgets) {}
