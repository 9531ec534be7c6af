package io.tollgate.adapter.persistence.moderation;

import io.tollgate.domain.moderation.SensitiveWords;
import org.jdbi.v3.core.Jdbi;

/** The moderation context's table: the sensitive words. */
public final class ModerationStorage {

    private final SensitiveWords sensitiveWords;

    public ModerationStorage(Jdbi jdbi) {
        this.sensitiveWords = new JdbiSensitiveWords(jdbi);
    }

    public SensitiveWords sensitiveWords() {
        return sensitiveWords;
    }
}
