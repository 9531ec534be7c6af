package io.tollgate.console.web;

import io.javalin.config.RoutesConfig;

/** A group of the console's pages (or the guard in front of them) that registers itself on the app. */
public interface PageGroup {

    void register(RoutesConfig routes);
}
