package io.tollgate.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaIndexesTest {

    /**
     * Every index costs each insert into its table, and {@code usage_records} takes one insert per relayed call. Two
     * indexes that begin with the same column serve the same filter: the pages that filter by it order by time, so
     * the index that goes on with time is the one to keep. A unique index stands in for a plain one on its columns.
     */
    @Test
    void noTwoIndexesOfATableBeginWithTheSameColumn() {
        try (Database database = TestDatabases.fresh()) {
            List<String> overlapping = database.jdbi().withHandle(handle -> handle.createQuery("""
                    WITH indexes AS (
                        SELECT i.indexrelid, i.indrelid, i.indisunique AS isunique,
                               string_to_array(i.indkey::text, ' ')::int2[] AS cols,
                               coalesce(pg_get_expr(i.indpred, i.indrelid), '') AS pred
                        FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
                        WHERE c.relnamespace = to_regnamespace(current_schema())::oid AND i.indexprs IS NULL)
                    SELECT one.indexrelid::regclass::text || ' and ' || other.indexrelid::regclass::text
                    FROM indexes one JOIN indexes other
                      ON other.indrelid = one.indrelid AND other.indexrelid <> one.indexrelid
                     AND other.cols[1] = one.cols[1] AND (other.pred = '' OR other.pred = one.pred)
                    WHERE NOT one.isunique
                      AND (other.isunique AND other.cols = one.cols OR NOT other.isunique AND other.indexrelid > one.indexrelid)
                    ORDER BY 1
                    """).mapTo(String.class).list());

            assertEquals(List.of(), overlapping);
        }
    }

    /**
     * A budget: each relayed call inserts a usage record, and every index it lands in costs PostgreSQL CPU on the same
     * cores as the gateway. A successful chat call's record lands in the primary key and these; the rare kinds and
     * failures have partial indexes of their own, which it skips. A new one should earn its place in docs/benchmarks.md.
     */
    @Test
    void aSuccessfulChatCallsUsageRecordLandsInSixSecondaryIndexes() {
        try (Database database = TestDatabases.fresh()) {
            List<String> indexes = database.jdbi().withHandle(handle -> handle.createQuery("""
                    SELECT i.indexrelid::regclass::text FROM pg_index i
                    WHERE i.indrelid = 'usage_records'::regclass AND NOT i.indisprimary
                      AND coalesce(pg_get_expr(i.indpred, i.indrelid), '') !~ '<> ''(chat|ok)''::text'
                    ORDER BY 1
                    """).mapTo(String.class).list());

            assertEquals(List.of("usage_records_by_quota_day", "usage_records_log_account", "usage_records_log_key", "usage_records_log_model",
                    "usage_records_log_time", "usage_records_log_user"), indexes);
        }
    }
}
