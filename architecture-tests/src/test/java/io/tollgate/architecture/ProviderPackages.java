package io.tollgate.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;

/** The packages of adapters-providers as slices: every package one slice, or only the vendor families'. */
final class ProviderPackages implements SliceAssignment {

    static final String ROOT = "io.tollgate.adapter.provider";
    static final Set<String> VENDORS = Set.of("openai", "anthropic", "dashscope", "qianfan", "glm", "spark", "mock");

    private final boolean vendorsOnly;

    private ProviderPackages(boolean vendorsOnly) {
        this.vendorsOnly = vendorsOnly;
    }

    static ProviderPackages all() {
        return new ProviderPackages(false);
    }

    static ProviderPackages vendors() {
        return new ProviderPackages(true);
    }

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.equals(ROOT) && !name.startsWith(ROOT + ".")) {
            return SliceIdentifier.ignore();
        }
        String below = name.equals(ROOT) ? "" : name.substring(ROOT.length() + 1);
        if (!vendorsOnly) {
            // The whole package name: a cycle between a package and one below it counts too.
            return SliceIdentifier.of(name);
        }
        String family = below.split("\\.")[0];
        return VENDORS.contains(family) ? SliceIdentifier.of(family) : SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
        return vendorsOnly ? "vendor packages of adapters-providers" : "packages of adapters-providers";
    }
}
