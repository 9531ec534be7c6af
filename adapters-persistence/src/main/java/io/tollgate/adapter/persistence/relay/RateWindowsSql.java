package io.tollgate.adapter.persistence.relay;

import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The statements behind {@link JdbiRateWindows}: each one atomic on its own, so nodes can share a window. */
interface RateWindowsSql {

    /** 1 when the request was counted; 0 when the window is at the limit (the conflict's WHERE fails). */
    @SqlUpdate("INSERT INTO rate_windows (key_id, epoch_minute, requests, tokens)"
            + " SELECT :key, :minute, 1, 0 WHERE :limit > 0"
            + " ON CONFLICT (key_id, epoch_minute) DO UPDATE SET requests = rate_windows.requests + 1"
            + " WHERE rate_windows.requests < :limit")
    int tryRequest(UUID key, long minute, int limit);

    @SqlQuery("SELECT coalesce(sum(tokens), 0) FROM rate_windows WHERE key_id = :key AND epoch_minute = :minute")
    long tokens(UUID key, long minute);

    @SqlUpdate("INSERT INTO rate_windows (key_id, epoch_minute, requests, tokens) VALUES (:key, :minute, 0, :tokens)"
            + " ON CONFLICT (key_id, epoch_minute) DO UPDATE SET tokens = rate_windows.tokens + :tokens")
    void addTokens(UUID key, long minute, long tokens);

    @SqlUpdate("DELETE FROM rate_windows WHERE epoch_minute < :minute")
    int forgetBefore(long minute);
}
