package io.tollgate.console.admin.groups;

import io.tollgate.application.billing.UserGroups;
import io.tollgate.console.web.Chrome;
import java.util.List;

/** The users' groups with their user counts and ratio (a range when some users were set apart). */
public record GroupsPage(Chrome chrome, List<UserGroups.Group> groups) {

    public String ratio(UserGroups.Group group) {
        var t = chrome.t();
        return group.uniform() ? t.points(group.lowestRatio())
                : t.format("groups.ratio-range", t.points(group.lowestRatio()), t.points(group.highestRatio()));
    }
}
