package io.tollgate.console.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.tollgate.application.moderation.ReplaceSensitiveWords;
import io.tollgate.application.moderation.SensitiveWordCatalog;
import io.tollgate.application.totp.ManageTotpSecret;
import io.tollgate.console.web.PageGroup;
import io.tollgate.console.web.Web;
import io.tollgate.console.web.text.LanguageChoice;
import io.tollgate.domain.moderation.SensitiveWordMatcher;
import io.tollgate.domain.moderation.WordMatch;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Sensitive words (edit the list, try a text) and the memfit TOTP secret (show, rotate with confirmation). */
public final class ModerationRoutes implements PageGroup {

    private static final int MAX_TRY_LENGTH = 10_000;

    private final ManageTotpSecret memfit;
    private final SensitiveWordCatalog sensitiveWords;
    private final ReplaceSensitiveWords replaceSensitiveWords;
    private final Clock clock;

    public ModerationRoutes(ManageTotpSecret memfit, SensitiveWordCatalog sensitiveWords,
                            ReplaceSensitiveWords replaceSensitiveWords, Clock clock) {
        this.memfit = memfit;
        this.sensitiveWords = sensitiveWords;
        this.replaceSensitiveWords = replaceSensitiveWords;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/console/words", ctx -> words(ctx, 200, ""));
        routes.post("/console/words", this::saveWords);
        routes.get("/console/memfit", ctx -> {
            ManageTotpSecret.View view = memfit.show();
            Web.render(ctx, "memfit.jte", new MemfitPage(Web.chrome(ctx, "title.memfit", "memfit"), view.code(),
                    view.secret().masked(), Math.max(0, Duration.between(clock.instant(), view.codeStepEnds()).toSeconds())));
        });
        routes.get("/console/memfit/rotate", ctx -> Web.render(ctx, "confirm.jte", new ConfirmPage(
                Web.chrome(ctx, "title.memfit-rotate", "memfit"),
                LanguageChoice.of(ctx).get("memfit.rotate.question"),
                "/console/memfit/rotate", LanguageChoice.of(ctx).get("memfit.rotate.submit"), "/console/memfit")));
        routes.post("/console/memfit/rotate", ctx -> {
            memfit.rotate(Web.actor(ctx));
            ctx.redirect("/console/memfit?done=memfit-rotated", HttpStatus.SEE_OTHER);
        });
    }

    private void words(Context ctx, int status, String error) {
        SensitiveWordMatcher matcher = sensitiveWords.matcher();
        String tried = Optional.ofNullable(ctx.queryParam("try")).orElse("");
        if (tried.length() > MAX_TRY_LENGTH) {
            tried = tried.substring(0, MAX_TRY_LENGTH);
        }
        List<String> matches = tried.isEmpty() ? List.of() : matcher.allMatches(tried).stream().map(WordMatch::word).distinct().toList();
        ctx.status(status);
        Web.render(ctx, "words.jte", new WordsPage(Web.chrome(ctx, "title.words", "words"), String.join("\n", matcher.words()),
                matcher.words().size(), tried, matches, error));
    }

    private void saveWords(Context ctx) {
        String text = Optional.ofNullable(ctx.formParam("words")).orElse("");
        List<String> words = Arrays.stream(text.split("\\R")).map(String::strip).filter(w -> !w.isEmpty()).distinct().toList();
        switch (replaceSensitiveWords.replace(words, Web.actor(ctx))) {
            case ReplaceSensitiveWords.Outcome.Replaced replaced -> ctx.redirect("/console/words?done=words-saved", HttpStatus.SEE_OTHER);
            case ReplaceSensitiveWords.Outcome.Rejected rejected -> words(ctx, 400, rejected.why());
        }
    }
}
