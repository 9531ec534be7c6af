package io.tollgate.adapter.persistence.shareauth;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The statements behind {@link JdbiWorkflows}. */
interface WorkflowsSql {

    /** Empty when the name or the no-login URL belongs to another workflow. */
    @SqlQuery("INSERT INTO workflows (name, no_login_url, point_multiplier) VALUES (:name, :noLoginUrl, :multiplier)"
            + " ON CONFLICT DO NOTHING RETURNING " + WorkflowRow.COLUMNS)
    Optional<WorkflowRow> add(String name, String noLoginUrl, BigDecimal multiplier);

    /**
     * Zero rows when there is no such workflow or another one has the name or URL. The NOT EXISTS check keeps
     * a taken name from reaching the unique index in the common case; a concurrent rename is caught there.
     */
    @SqlQuery("UPDATE workflows SET name = :name, no_login_url = :noLoginUrl, point_multiplier = :multiplier"
            + " WHERE id = :id AND NOT EXISTS (SELECT 1 FROM workflows other WHERE other.id <> :id"
            + " AND (other.name = :name OR other.no_login_url = :noLoginUrl)) RETURNING id")
    Optional<UUID> update(UUID id, String name, String noLoginUrl, BigDecimal multiplier);

    @SqlQuery("SELECT " + WorkflowRow.COLUMNS + " FROM workflows WHERE id = :id")
    Optional<WorkflowRow> byId(UUID id);

    @SqlQuery("SELECT " + WorkflowRow.COLUMNS + " FROM workflows WHERE name = :name")
    Optional<WorkflowRow> byName(String name);

    @SqlQuery("SELECT " + WorkflowRow.COLUMNS + " FROM workflows WHERE no_login_url = :noLoginUrl")
    Optional<WorkflowRow> byNoLoginUrl(String noLoginUrl);

    @SqlQuery("SELECT " + WorkflowRow.COLUMNS + " FROM workflows ORDER BY seq")
    List<WorkflowRow> all();
}
