package io.tollgate.adapter.persistence.relay.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.DatabaseConfig;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.adapter.persistence.database.SettlementDurability;
import io.tollgate.application.support.Telemetry;
import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.identity.NewUser;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Reservation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A settlement batch costs one round trip to the database, whatever its durability: one statement, autocommitted. */
class SettlementRoundTripsTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    @ParameterizedTest
    @EnumSource(SettlementDurability.class)
    void aBatchIsOneRoundTrip(SettlementDurability durability) throws Exception {
        DatabaseConfig config = TestDatabases.freshConfig().withDurability(durability);
        AtomicInteger roundTrips = new AtomicInteger();
        try (Database database = Database.start(config)) {
            UserId user = database.users().add(new NewUser(new Username("ann"), "hash", T0)).orElseThrow().id();
            database.ledger().change(user, Points.exactly("10"), LedgerEntryKind.TOP_UP, "opening", "admin", T0);
            Reservation.Held held = assertInstanceOf(Reservation.Held.class, database.metering().reserve(user, Points.exactly("1"), T0));
            try (GroupCommitter committer = new GroupCommitter(TestDatabases.jdbi(database), () -> counted(
                    DriverManager.getConnection(config.url(), config.user(), config.password()), roundTrips), Telemetry.NONE, durability)) {
                Settlement.Charged charged = committer.settle(
                        new Settlement(GroupCommitTest.record("r1", user, "0.5"), OptionalLong.of(held.id().value())));
                assertEquals(Points.exactly("0.5"), charged.amount());
            }
            assertEquals(Points.exactly("9.5"), database.users().byId(user).orElseThrow().balance());
        }
        assertEquals(1, roundTrips.get());
    }

    @ParameterizedTest
    @EnumSource(SettlementDurability.class)
    void aBatchABalanceNoLongerCoversIsUndoneAndSettledUnderLockForWhatIsLeft(SettlementDurability durability) throws Exception {
        DatabaseConfig config = TestDatabases.freshConfig().withDurability(durability);
        AtomicInteger roundTrips = new AtomicInteger();
        try (Database database = Database.start(config)) {
            UserId user = database.users().add(new NewUser(new Username("ann"), "hash", T0)).orElseThrow().id();
            database.ledger().change(user, Points.exactly("10"), LedgerEntryKind.TOP_UP, "opening", "admin", T0);
            Reservation.Held held = assertInstanceOf(Reservation.Held.class, database.metering().reserve(user, Points.exactly("1"), T0));
            database.ledger().change(user, Points.exactly("-9.8"), LedgerEntryKind.ADJUSTMENT, "taken back", "admin", T0);
            try (GroupCommitter committer = new GroupCommitter(TestDatabases.jdbi(database), () -> counted(
                    DriverManager.getConnection(config.url(), config.user(), config.password()), roundTrips), Telemetry.NONE, durability)) {
                Settlement.Charged charged = committer.settle(
                        new Settlement(GroupCommitTest.record("r1", user, "0.5"), OptionalLong.of(held.id().value())));
                assertEquals(Points.exactly("0.2"), charged.amount());
                assertEquals(Points.ZERO, charged.balanceAfter());
            }
            assertEquals(Points.ZERO, database.users().byId(user).orElseThrow().balance());
            long records = TestDatabases.jdbi(database).withHandle(h -> h.createQuery("SELECT count(*) FROM usage_records")
                    .mapTo(Long.class).one());
            assertEquals(1, records, "the undone statement wrote no record of its own");
        }
        assertEquals(1 + 3, roundTrips.get(), "the undone statement, then the lock, the write and the commit");
    }

    /** The connection, each statement executed and each commit or rollback counted. */
    static Connection counted(Connection connection, AtomicInteger roundTrips) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            if (method.getName().equals("commit") || method.getName().equals("rollback")) {
                roundTrips.incrementAndGet();
            }
            Object result = invoke(connection, method, args);
            return result instanceof Statement statement ? counted(statement, method.getReturnType(), roundTrips) : result;
        });
    }

    private static Object counted(Statement statement, Class<?> kind, AtomicInteger roundTrips) {
        return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {kind}, (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                roundTrips.incrementAndGet();
            }
            return invoke(statement, method, args);
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
        }
    }
}
