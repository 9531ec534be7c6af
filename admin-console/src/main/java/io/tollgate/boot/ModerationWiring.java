package io.tollgate.boot;

import io.tollgate.application.audit.AuditTrail;
import io.tollgate.adapter.persistence.Database;
import io.tollgate.application.moderation.ReplaceSensitiveWords;
import io.tollgate.application.moderation.ScreenPrompts;
import io.tollgate.application.moderation.SensitiveWordCatalog;
import java.time.Clock;
import java.time.Duration;

/** The moderation context: the sensitive-word list, read through one catalog and replaced through it; relayed prompts screened. */
record ModerationWiring(SensitiveWordCatalog catalog, ReplaceSensitiveWords replace, ScreenPrompts screen) {

    /** How long another node's change to the sensitive-word list may take to reach this one. */
    static final Duration REFRESH = Duration.ofSeconds(5);

    static ModerationWiring of(Database database, AuditTrail audit, Clock clock) {
        SensitiveWordCatalog catalog = new SensitiveWordCatalog(database.sensitiveWords(), clock, REFRESH);
        return new ModerationWiring(catalog, new ReplaceSensitiveWords(catalog, audit), new ScreenPrompts(catalog, audit));
    }
}
