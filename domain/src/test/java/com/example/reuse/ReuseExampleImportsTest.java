package com.example.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.money.Points;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's example honest: the tests of this module are patched into it, so the compiler alone would
 * let the example use a package the module does not export.
 */
class ReuseExampleImportsTest {

    private static final Pattern DOMAIN_PACKAGE = Pattern.compile("io\\.tollgate\\.domain(\\.[a-z]+)+");

    @Test
    void theExampleImportsOnlyExportedPackages() throws IOException {
        Set<String> exported = exported();
        Path example = Path.of("src/test/java/com/example/reuse/ReuseExampleTest.java");
        Matcher used = DOMAIN_PACKAGE.matcher(Files.readString(example));

        assertTrue(exported.contains("io.tollgate.domain.money"), "module-info.java was read: " + exported);
        while (used.find()) {
            assertTrue(exported.contains(used.group()), used.group() + " is not exported by module-info.java");
        }
    }

    @Test
    void theTestsRunInsideTheModuleThatExportsWhatItsSourceSays() throws IOException {
        ModuleDescriptor descriptor = Points.class.getModule().getDescriptor();

        assertNotNull(descriptor, "the domain's tests run on the module path, as a library user's code would");
        assertEquals(exported(), descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet()));
    }

    private static Set<String> exported() throws IOException {
        return Files.readAllLines(Path.of("src/main/java/module-info.java")).stream()
                .map(String::strip).filter(line -> line.startsWith("exports "))
                .map(line -> line.substring("exports ".length(), line.length() - 1))
                .collect(Collectors.toSet());
    }
}
