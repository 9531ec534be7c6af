package io.tollgate.application.billing;

import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Multiplier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Users' named groups and the price ratio their users pay (each user keeps a ratio of their own, which billing reads). */
public interface UserGroups {

    /** A group: how many users are in it and the lowest and highest ratio among them (equal unless one was set apart). */
    record Group(String name, long users, BigDecimal lowestRatio, BigDecimal highestRatio) {

        public boolean uniform() {
            return lowestRatio.compareTo(highestRatio) == 0;
        }
    }

    /** Every group with at least one user, by name. */
    List<Group> all();

    Optional<String> groupOf(UserId user);

    /** Puts the user in the group at this ratio; false when there is no such user. */
    boolean place(UserId user, String group, Multiplier ratio);

    /** Sets the ratio of every user in the group; how many users that was. */
    int setRatio(String group, Multiplier ratio);
}
