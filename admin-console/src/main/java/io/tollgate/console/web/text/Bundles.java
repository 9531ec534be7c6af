package io.tollgate.console.web.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The console's messages, one UTF-8 properties file per area and language ({@code /console/text/<area>.<tag>.properties}),
 * read once: each area's pages keep their own file, so adding a page never edits another's.
 */
public final class Bundles {

    /** Every area; a file missing for a language fails the start, not a page. */
    static final List<String> AREAS = List.of("common", "signin", "admin", "accounts", "models", "logs", "dashboard", "portal",
            "playground");

    private static final Map<Lang, Map<String, String>> MESSAGES = load();

    private Bundles() {}

    public static Map<String, String> of(Lang lang) {
        return MESSAGES.get(lang);
    }

    private static Map<Lang, Map<String, String>> load() {
        Map<Lang, Map<String, String>> all = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            Map<String, String> messages = new HashMap<>();
            for (String area : AREAS) {
                String name = "/console/text/" + area + "." + lang.tag() + ".properties";
                try (InputStream in = Bundles.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException("missing message file " + name);
                    }
                    Properties file = new Properties();
                    file.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    file.forEach((key, value) -> messages.put((String) key, (String) value));
                } catch (IOException unreadable) {
                    throw new UncheckedIOException(unreadable);
                }
            }
            all.put(lang, Map.copyOf(messages));
        }
        return all;
    }
}
