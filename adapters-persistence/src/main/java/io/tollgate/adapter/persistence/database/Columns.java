package io.tollgate.adapter.persistence.database;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** Column readers and writers the contexts' adapters share. */
public final class Columns {

    private Columns() {}

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A text[] column; NULL (as array_agg gives over no rows) reads as empty. */
    public static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** An enum constant as its column stores it: the constant's name in lower case. */
    public static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** A call's failed attempts as {@code usage_records.attempts} stores them: "account-id:class" joined by ';', or NULL. */
    public static String attempts(List<io.tollgate.domain.account.AccountCall.Attempt> attempts) {
        return attempts.isEmpty() ? null : attempts.stream().map(a -> a.account().value() + ":" + name(a.failure()))
                .collect(java.util.stream.Collectors.joining(";"));
    }
}
