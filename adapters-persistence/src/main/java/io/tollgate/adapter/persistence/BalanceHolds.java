package io.tollgate.adapter.persistence;

import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Reservation;
import io.tollgate.domain.relay.ReservationId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Holds on balances as rows of {@code balance_holds}, taken by the {@code hold_balance} function: it locks the
 * user's row, sums the user's unexpired holds after the lock is granted, and inserts the new hold only if the
 * balance minus that sum covers it, all in one round trip. Settlements delete the rows ({@link SettlementWrites}).
 */
final class BalanceHolds {

    private static final String HOLD = "SELECT hold_id, available FROM hold_balance(?, ?, ?, ?)";

    private BalanceHolds() {}

    // Plain JDBC on the hot path, as the settlements: a JDBI statement costs more CPU than this whole query.
    static Reservation hold(Connection connection, UUID user, Points amount, Instant at, Instant expiresAt) throws SQLException {
        try (PreparedStatement hold = connection.prepareStatement(HOLD)) {
            hold.setObject(1, user);
            hold.setBigDecimal(2, amount.toBigDecimal());
            hold.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            hold.setObject(4, OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC));
            try (ResultSet row = hold.executeQuery()) {
                if (!row.next()) {
                    return new Reservation.NoSuchUser();
                }
                long id = row.getLong("hold_id");
                boolean refused = row.wasNull();
                Points available = Points.exactly(row.getBigDecimal("available"));
                return refused ? new Reservation.Insufficient(available) : new Reservation.Held(new ReservationId(id), amount);
            }
        }
    }
}
