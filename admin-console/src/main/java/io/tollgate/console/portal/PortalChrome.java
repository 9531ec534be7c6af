package io.tollgate.console.portal;

import io.tollgate.console.web.NavItem;
import java.util.List;

/** The users' pages' layout data: title, who is signed in (empty for nobody), the CSRF token, the section, a notice. */
public record PortalChrome(String title, String username, String csrf, String section, String notice) {

    private static final List<String[]> NAV = List.of(
            new String[] {"home", "/me", "Balance & keys"},
            new String[] {"accounts", "/me/accounts", "My platform accounts"});

    public static PortalChrome anonymous(String title, String notice) {
        return new PortalChrome(title, "", "", "", notice);
    }

    public boolean signedIn() {
        return !username.isEmpty();
    }

    public boolean hasNotice() {
        return notice != null && !notice.isEmpty();
    }

    public List<NavItem> nav() {
        return NAV.stream().map(item -> new NavItem(item[1], item[2], item[0].equals(section))).toList();
    }
}
