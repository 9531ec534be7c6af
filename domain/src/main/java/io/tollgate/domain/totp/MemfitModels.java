package io.tollgate.domain.totp;

import java.util.List;
import java.util.Locale;

/** Which models need a memfit TOTP: those whose lower-cased name starts with one of the prefixes. */
public record MemfitModels(List<String> prefixes) {

    public static final MemfitModels DEFAULT = new MemfitModels(List.of("memfit-"));

    public MemfitModels {
        prefixes = prefixes.stream().map(p -> p.strip().toLowerCase(Locale.ROOT)).filter(p -> !p.isEmpty()).distinct().toList();
    }

    /** Parses a comma list such as {@code memfit-,yak-}; blank entries are dropped. */
    public static MemfitModels parse(String commaList) {
        return new MemfitModels(List.of(commaList.split(",")));
    }

    public boolean covers(String model) {
        if (model == null) {
            return false;
        }
        String name = model.toLowerCase(Locale.ROOT);
        return prefixes.stream().anyMatch(name::startsWith);
    }
}
