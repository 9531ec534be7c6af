package io.tollgate.console.admin.logs;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.application.relay.logs.LogCursor;
import io.tollgate.application.relay.logs.LogEntry;
import io.tollgate.application.relay.logs.LogFilter;
import io.tollgate.application.relay.logs.LogId;
import io.tollgate.application.relay.logs.RequestLog.Direction;
import io.tollgate.application.relay.logs.SearchRequestLog;
import io.tollgate.console.web.Forms;
import io.tollgate.console.web.PageGroup;
import io.tollgate.console.web.Web;
import io.tollgate.console.web.text.LanguageChoice;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The request log: a filtered page walked by cursor ({@code before} older, {@code after} newer), one entry, CSV. */
public final class LogRoutes implements PageGroup {

    private final SearchRequestLog log;

    public LogRoutes(SearchRequestLog log) {
        this.log = log;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/console/logs", Forms.safe(this::list));
        routes.get("/console/logs.csv", Forms.safe(this::csv));
        routes.get("/console/logs/{id}", Forms.safe(this::detail));
    }

    private void list(Context ctx) {
        LogForm form = LogForm.of(ctx);
        LogFilter filter = form.filter(LanguageChoice.of(ctx).zone());
        Optional<String> before = param(ctx, "before");
        Optional<String> after = param(ctx, "after");
        if (before.isPresent() && after.isPresent()) {
            throw new IllegalArgumentException("a page is either before or after a place in the log");
        }
        Optional<LogCursor> from = before.or(() -> after).map(LogCursor::parse);
        SearchRequestLog.LogPage page = log.page(filter, from, after.isPresent() ? Direction.NEWER : Direction.OLDER);
        String keep = "/console/logs?" + form.query();
        Web.render(ctx, "logs.jte", new LogsPage(Web.chrome(ctx, "title.logs", "logs"), form, page.entries(),
                page.older().map(c -> keep + "before=" + c).orElse(""), page.newer().map(c -> keep + "after=" + c).orElse(""),
                "/console/logs.csv?" + form.query()));
    }

    private void detail(Context ctx) {
        LogId id;
        try {
            id = LogId.parse(ctx.pathParam("id"));
        } catch (IllegalArgumentException unreadable) {
            Web.refuse(ctx, 404, "not_found", "No such log entry.");
            return;
        }
        Optional<LogEntry> entry = log.entry(id);
        if (entry.isEmpty()) {
            Web.refuse(ctx, 404, "not_found", "No such log entry.");
            return;
        }
        Web.render(ctx, "log.jte", new LogDetailPage(Web.chrome(ctx, "title.log", "logs", id.toString()), entry.get()));
    }

    private void csv(Context ctx) throws IOException {
        LogFilter filter = LogForm.of(ctx).filter(LanguageChoice.of(ctx).zone());
        ctx.header("Content-Disposition", "attachment; filename=\"request-log.csv\"").contentType("text/csv; charset=utf-8");
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
            out.write(LogCsv.HEADER);
            log.export(filter, entry -> {
                try {
                    out.write(LogCsv.row(entry));
                } catch (IOException gone) {
                    throw new UncheckedIOException(gone);
                }
            });
        }
    }

    private static Optional<String> param(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
