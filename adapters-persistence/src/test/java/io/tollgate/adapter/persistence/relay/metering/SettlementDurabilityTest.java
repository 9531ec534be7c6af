package io.tollgate.adapter.persistence.relay.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.DatabaseConfig;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.adapter.persistence.database.SettlementDurability;
import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.identity.NewUser;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Reservation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A trigger notes the {@code synchronous_commit} of each transaction that writes a ledger entry: with {@code async}
 * only the settlement's is off, and the top-up written afterwards on the same pool is back to the server's setting.
 */
class SettlementDurabilityTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    @ParameterizedTest
    @EnumSource(SettlementDurability.class)
    void onlyTheSettlementsTransactionCommitsAsTheSettingSays(SettlementDurability durability) throws SQLException {
        DatabaseConfig config = TestDatabases.freshConfig().withDurability(durability);
        try (Connection sql = connect(config)) {
            try (Statement statement = sql.createStatement()) {
                // The test server commits asynchronously for speed; a production server flushes.
                statement.execute("DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET synchronous_commit = on', current_database()); END $$");
                statement.execute("CREATE TABLE commit_modes (n serial, kind text, mode text)");
                statement.execute("CREATE FUNCTION note_mode() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                        + "INSERT INTO commit_modes (kind, mode) VALUES (NEW.kind, current_setting('synchronous_commit')); "
                        + "RETURN NEW; END $$");
                statement.execute("CREATE TRIGGER note_mode AFTER INSERT ON ledger_entries FOR EACH ROW EXECUTE FUNCTION note_mode()");
            }
            try (Database database = Database.start(config)) {
                settleBetweenTwoTopUps(database);
            }
            String settled = durability == SettlementDurability.ASYNC ? "off" : "on";
            assertEquals(List.of("top_up on", "usage " + settled, "top_up on"), modes(sql));
        }
    }

    private static void settleBetweenTwoTopUps(Database database) {
        UserId user = database.users().add(new NewUser(new Username("ann"), "hash", T0)).orElseThrow().id();
        database.ledger().change(user, Points.exactly("10"), LedgerEntryKind.TOP_UP, "opening", "admin", T0);
        Reservation.Held held = assertInstanceOf(Reservation.Held.class, database.metering().reserve(user, Points.exactly("1"), T0));
        database.metering().settle(held.id(), GroupCommitTest.record("r1", user, "0.5"));
        database.ledger().change(user, Points.exactly("1"), LedgerEntryKind.TOP_UP, "again", "admin", T0);
        assertEquals(Points.exactly("10.5"), database.users().byId(user).orElseThrow().balance());
    }

    private static Connection connect(DatabaseConfig config) throws SQLException {
        return DriverManager.getConnection(config.url(), config.user(), config.password());
    }

    private static List<String> modes(Connection sql) throws SQLException {
        List<String> modes = new ArrayList<>();
        try (Statement statement = sql.createStatement();
             ResultSet rows = statement.executeQuery("SELECT kind, mode FROM commit_modes ORDER BY n")) {
            while (rows.next()) {
                modes.add(rows.getString(1) + " " + rows.getString(2));
            }
        }
        return modes;
    }
}
