package io.tollgate.adapter.persistence.moderation;

import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The statements behind {@link JdbiSensitiveWords}. */
interface SensitiveWordsSql {

    @SqlQuery("SELECT word FROM sensitive_words ORDER BY position")
    List<String> all();

    /** Makes concurrent replacements take turns, so that one list never mixes with another; reads go on. */
    @SqlUpdate("LOCK TABLE sensitive_words IN SHARE ROW EXCLUSIVE MODE")
    void lockAgainstOtherWriters();

    @SqlUpdate("DELETE FROM sensitive_words")
    void deleteAll();

    @SqlBatch("INSERT INTO sensitive_words (position, word) VALUES (:position, :word)")
    void insert(List<Integer> position, List<String> word);
}
