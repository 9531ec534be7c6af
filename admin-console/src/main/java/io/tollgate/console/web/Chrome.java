package io.tollgate.console.web;

import io.tollgate.console.web.text.Texts;
import java.util.List;

/**
 * What the shared layout needs on every page: the title, who is signed in (empty when nobody is), the CSRF token
 * every form posts back, the section to mark in the navigation and an optional notice, and the reader's language.
 */
public record Chrome(String title, String adminName, String csrf, String section, String notice, Texts t) {

    /** The admin sections; user pages (their own accounts, balance and keys) get their own list when user sign-in lands. */
    private static final List<String[]> ADMIN_NAV = List.of(
            new String[] {"dashboard", "/console"},
            new String[] {"users", "/console/users"},
            new String[] {"keys", "/console/keys"},
            new String[] {"accounts", "/console/accounts"},
            new String[] {"models", "/console/models"},
            new String[] {"groups", "/console/groups"},
            new String[] {"workflows", "/console/workflows"},
            new String[] {"consumptions", "/console/consumptions"},
            new String[] {"logs", "/console/logs"},
            new String[] {"unpaid", "/console/unpaid"},
            new String[] {"words", "/console/words"},
            new String[] {"memfit", "/console/memfit"},
            new String[] {"audit", "/console/audit"});

    public static Chrome anonymous(Texts t, String title, String notice) {
        return new Chrome(title, "", "", "", notice, t);
    }

    public boolean signedIn() {
        return !adminName.isEmpty() && !section.isEmpty();
    }

    public boolean hasNotice() {
        return notice != null && !notice.isEmpty();
    }

    public List<NavItem> nav() {
        return ADMIN_NAV.stream().map(item -> new NavItem(item[1], t.get("nav." + item[0]), item[0].equals(section))).toList();
    }

    public Chrome withNotice(String text) {
        return new Chrome(title, adminName, csrf, section, text, t);
    }
}
