package io.tollgate.console.portal;

import io.tollgate.console.web.NavItem;
import io.tollgate.console.web.text.Texts;
import java.util.List;

/** The users' pages' layout data: title, who is signed in (empty for nobody), the CSRF token, the section, a notice, the reader's language. */
public record PortalChrome(String title, String username, String csrf, String section, String notice, Texts t) {

    private static final List<String[]> NAV = List.of(
            new String[] {"home", "/me"},
            new String[] {"accounts", "/me/accounts"},
            new String[] {"playground", "/me/playground"},
            new String[] {"dashboard", "/me/dashboard"},
            new String[] {"pricing", "/me/pricing"});

    public static PortalChrome anonymous(Texts t, String title, String notice) {
        return new PortalChrome(title, "", "", "", notice, t);
    }

    public boolean signedIn() {
        return !username.isEmpty();
    }

    public boolean hasNotice() {
        return notice != null && !notice.isEmpty();
    }

    public List<NavItem> nav() {
        return NAV.stream().map(item -> new NavItem(item[1], t.get("me.nav." + item[0]), item[0].equals(section))).toList();
    }
}
