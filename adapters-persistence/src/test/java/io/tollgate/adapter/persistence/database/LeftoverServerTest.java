package io.tollgate.adapter.persistence.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pid file a crash left behind must not keep the next server from starting. */
class LeftoverServerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aPidFileNamingALiveProcessThatIsNoPostgresIsRemoved() throws Exception {
        EmbeddedDatabase.start(dataDirectory).close();
        // after a crash and a reboot, the pid can belong to any other process: here, this JVM
        Files.writeString(dataDirectory.resolve(LeftoverServer.PID_FILE), ProcessHandle.current().pid() + "\n"
                + dataDirectory + "\n");
        try (EmbeddedDatabase server = EmbeddedDatabase.start(dataDirectory);
             Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
             Statement statement = connection.createStatement();
             ResultSet one = statement.executeQuery("SELECT 1")) {
            assertTrue(one.next());
            assertEquals(1, one.getInt(1));
        }
    }
}
