package io.tollgate.adapter.http;

import io.tollgate.application.relay.budget.ManageKeyBudgets;
import io.tollgate.application.account.Notifications;
import io.tollgate.application.identity.IdentifyCaller;
import io.tollgate.application.identity.IssueApiKey;
import io.tollgate.application.identity.ManageApiKeys;
import io.tollgate.application.identity.MyPreferences;
import io.tollgate.application.identity.signin.SignIn;

/** The use cases of the signed-in end user's {@code /api/v1}: sign-in, profile, own API keys and notifications. */
public record PortalApi(SignIn signIn, IdentifyCaller identify, MyPreferences preferences, ManageApiKeys keys,
                        IssueApiKey issueKey, Notifications notifications,
                        ManageKeyBudgets keyBudgets) {}
