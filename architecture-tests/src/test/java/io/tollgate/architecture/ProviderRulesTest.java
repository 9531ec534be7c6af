package io.tollgate.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** adapters-providers inside: packages without cycles, vendor families apart (shared pieces live in transport). */
@AnalyzeClasses(packages = ProviderPackages.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ProviderRulesTest {

    @ArchTest
    static final ArchRule providerPackagesHaveNoCycles = slices().assignedFrom(ProviderPackages.all())
            .should().beFreeOfCycles()
            .because("a package below depends on nothing above it: transport never calls back into a vendor");

    @ArchTest
    static final ArchRule vendorPackagesNeverImportEachOther = slices().assignedFrom(ProviderPackages.vendors())
            .should().notDependOnEachOther()
            .because("what two vendors share belongs in transport, errors or shapes, not in one of them");
}
