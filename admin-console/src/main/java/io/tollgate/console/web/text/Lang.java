package io.tollgate.console.web.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the console speaks; English when a browser asks for neither. */
public enum Lang {
    EN("en", Locale.ENGLISH),
    ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE);

    private final String tag;
    private final Locale locale;

    Lang(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language a {@code ?lang=} or cookie names, exactly one of the tags. */
    public static Optional<Lang> ofTag(String tag) {
        return Arrays.stream(values()).filter(lang -> lang.tag.equalsIgnoreCase(tag)).findFirst();
    }

    /** The browser's first acceptable language among ours (any {@code zh} is Simplified Chinese); unreadable headers are English. */
    public static Lang fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return EN;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String wanted = range.getRange().toLowerCase(Locale.ROOT);
                if (range.getWeight() > 0 && wanted.startsWith("zh")) {
                    return ZH_CN;
                }
                if (range.getWeight() > 0 && (wanted.startsWith("en") || wanted.equals("*"))) {
                    return EN;
                }
            }
        } catch (IllegalArgumentException unreadable) {
            return EN;
        }
        return EN;
    }

    public static List<Lang> all() {
        return List.of(values());
    }
}
