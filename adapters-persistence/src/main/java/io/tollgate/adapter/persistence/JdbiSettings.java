package io.tollgate.adapter.persistence;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Named values every node sharing the database must agree on (e.g. the admin token's hash). */
public final class JdbiSettings {

    private final Jdbi jdbi;

    JdbiSettings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<String> get(String name) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT value FROM settings WHERE name = :name")
                .bind("name", name).mapTo(String.class).findOne());
    }

    /** Stores the value unless the name has one; false when another node got there first. */
    public boolean putIfAbsent(String name, String value) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "INSERT INTO settings (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
                .bind("name", name).bind("value", value).execute()) == 1;
    }
}
