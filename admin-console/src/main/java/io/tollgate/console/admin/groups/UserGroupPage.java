package io.tollgate.console.admin.groups;

import io.tollgate.console.web.Chrome;
import io.tollgate.domain.identity.User;

/** One user's group and price ratio, to change. */
public record UserGroupPage(Chrome chrome, User user, String group) {

    public String ratio() {
        return user.groupRatio().value().toPlainString();
    }
}
