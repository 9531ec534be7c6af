package io.tollgate.console;

import io.javalin.config.RoutesConfig;
import io.tollgate.console.web.PageGroup;
import java.util.List;

/** The console's entry point: registers its pages, each group guarded, on the app the HTTP adapter builds. */
public final class Console {

    private final List<PageGroup> pages;

    /** {@code pages} in registration order: each area's guard before the area's pages. */
    public Console(List<PageGroup> pages) {
        this.pages = List.copyOf(pages);
    }

    public void register(RoutesConfig routes) {
        pages.forEach(page -> page.register(routes));
    }
}
