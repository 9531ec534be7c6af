package io.tollgate.console.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** The precompiled JTE templates, HTML auto-escaping on: every {@code ${…}} is escaped for where it stands. */
public final class Templates {

    private static final TemplateEngine ENGINE =
            TemplateEngine.createPrecompiled(null, ContentType.Html, null, "io.tollgate.console.templates");

    private Templates() {}

    public static String render(String template, Object page) {
        StringOutput output = new StringOutput();
        ENGINE.render(template, page, output);
        return output.toString();
    }
}
