package io.tollgate.console.admin.accounts;

import io.tollgate.console.web.Chrome;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The form that adds a system-pool account or edits one (a user's own account: its name, quota and weight only). The
 * values are what to show in the fields; the credential is never among them.
 */
public record AccountFormPage(Chrome chrome, Optional<ProviderAccount> account, String ownerName, Map<String, String> values,
                              String error) {

    public List<Platform> platforms() {
        return List.of(Platform.values());
    }

    public boolean adding() {
        return account.isEmpty();
    }

    /** A user's own account: admins see and change its metadata only. */
    public boolean ownAccount() {
        return account.isPresent() && !account.get().inSystemPool();
    }

    public String action() {
        return account.map(a -> "/console/accounts/" + a.id() + "/edit").orElse("/console/accounts/new");
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean chosen(Platform platform) {
        return platform.wireName().equals(value("platform"));
    }
}
