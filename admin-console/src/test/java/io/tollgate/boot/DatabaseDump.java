package io.tollgate.boot;

import io.tollgate.adapter.persistence.DatabaseConfig;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Every row of every table of a test database as one byte array: text columns as UTF-8, binary columns as their
 * raw bytes, as a dump of the database would hold them.
 */
final class DatabaseDump {

    private DatabaseDump() {}

    static byte[] of(DatabaseConfig db) {
        ByteArrayOutputStream dump = new ByteArrayOutputStream();
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData meta = rows.getMetaData();
                    while (rows.next()) {
                        for (int column = 1; column <= meta.getColumnCount(); column++) {
                            byte[] value = "bytea".equals(meta.getColumnTypeName(column)) ? rows.getBytes(column)
                                    : String.valueOf(rows.getString(column)).getBytes(StandardCharsets.UTF_8);
                            dump.writeBytes(value == null ? new byte[0] : value);
                            dump.write('\t');
                        }
                        dump.write('\n');
                    }
                }
            }
            if (tables.size() < 10) {
                throw new IllegalStateException("only " + tables + " in the dump: the schema was not found");
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
        return dump.toByteArray();
    }

    /** Whether the secret appears in the dump as text, or as the hex of its bytes. */
    static boolean contains(byte[] dump, String secret) {
        String text = new String(dump, StandardCharsets.ISO_8859_1);
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        return text.contains(new String(bytes, StandardCharsets.ISO_8859_1)) || text.toLowerCase().contains(HexFormat.of().formatHex(bytes));
    }
}
