package io.tollgate.console.web.text;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Runs before every console and {@code /me} page: the language is {@code ?lang=} (then remembered in a cookie), else the
 * remembered one, else the browser's {@code Accept-Language}; the page's {@link Texts} wait in the request for the routes.
 */
public final class LanguageChoice {

    public static final String COOKIE = "tg_lang";
    static final String ATTRIBUTE = "console.texts";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final ZoneId zone;

    public LanguageChoice(ZoneId zone) {
        this.zone = zone;
    }

    /** Registered as the console's first page group (a method reference), so this package needs nothing of {@code web}. */
    public void register(RoutesConfig routes) {
        for (String path : new String[] {"/console", "/console/*", "/me", "/me/*"}) {
            routes.before(path, this::choose);
        }
    }

    void choose(Context ctx) {
        Optional<Lang> asked = Lang.ofTag(ctx.queryParam("lang"));
        asked.ifPresent(lang -> ctx.res().addHeader("Set-Cookie", COOKIE + "=" + lang.tag() + "; Path=/; Max-Age=" + ONE_YEAR
                + "; HttpOnly; SameSite=Lax"));
        Lang lang = asked.or(() -> Lang.ofTag(ctx.cookie(COOKIE))).orElseGet(() -> Lang.fromAcceptLanguage(ctx.header("Accept-Language")));
        ctx.attribute(ATTRIBUTE, new Texts(lang, zone));
    }

    /** The request's texts; English in UTC for a request that no choice ran on. */
    public static Texts of(Context ctx) {
        Texts texts = ctx.attribute(ATTRIBUTE);
        return texts == null ? Texts.english() : texts;
    }
}
