package io.tollgate.console.web;

import java.util.List;

/**
 * What the shared layout needs on every page: the title, who is signed in (empty when nobody is), the CSRF token
 * every form posts back, the section to mark in the navigation and an optional notice.
 */
public record Chrome(String title, String adminName, String csrf, String section, String notice) {

    /** The admin sections; user pages (their own accounts, balance and keys) get their own list when user sign-in lands. */
    private static final List<String[]> ADMIN_NAV = List.of(
            new String[] {"dashboard", "/console", "Dashboard"},
            new String[] {"users", "/console/users", "Users"},
            new String[] {"keys", "/console/keys", "API keys"},
            new String[] {"accounts", "/console/accounts", "Accounts"},
            new String[] {"models", "/console/models", "Models"},
            new String[] {"workflows", "/console/workflows", "Workflows"},
            new String[] {"consumptions", "/console/consumptions", "Consumption"},
            new String[] {"unpaid", "/console/unpaid", "Unpaid"},
            new String[] {"words", "/console/words", "Sensitive words"},
            new String[] {"memfit", "/console/memfit", "Memfit TOTP"},
            new String[] {"audit", "/console/audit", "Audit log"});

    public static Chrome anonymous(String title, String notice) {
        return new Chrome(title, "", "", "", notice);
    }

    public boolean signedIn() {
        return !adminName.isEmpty() && !section.isEmpty();
    }

    public boolean hasNotice() {
        return notice != null && !notice.isEmpty();
    }

    public List<NavItem> nav() {
        return ADMIN_NAV.stream().map(item -> new NavItem(item[1], item[2], item[0].equals(section))).toList();
    }

    public Chrome withNotice(String text) {
        return new Chrome(title, adminName, csrf, section, text);
    }
}
