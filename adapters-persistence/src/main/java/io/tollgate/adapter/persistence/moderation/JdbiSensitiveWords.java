package io.tollgate.adapter.persistence.moderation;

import io.tollgate.domain.moderation.SensitiveWords;
import java.util.List;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;

/** The sensitive-word list in PostgreSQL, in the order it was given. */
final class JdbiSensitiveWords implements SensitiveWords {

    private final Jdbi jdbi;

    JdbiSensitiveWords(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<String> all() {
        return jdbi.withExtension(SensitiveWordsSql.class, SensitiveWordsSql::all);
    }

    @Override
    public void replaceAll(List<String> words) {
        List<String> copy = List.copyOf(words);
        jdbi.useTransaction(handle -> {
            SensitiveWordsSql sql = handle.attach(SensitiveWordsSql.class);
            sql.lockAgainstOtherWriters();
            sql.deleteAll();
            if (!copy.isEmpty()) {
                sql.insert(IntStream.range(0, copy.size()).boxed().toList(), copy);
            }
        });
    }
}
