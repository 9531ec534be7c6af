package io.tollgate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/** Inside each module: packages without cycles, routes that stand alone, and use cases built only by boot. */
@AnalyzeClasses(packages = "io.tollgate", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    @ArchTest
    static final ArchRule domainPackagesHaveNoCycles = noCycles("io.tollgate.domain");

    @ArchTest
    static final ArchRule applicationPackagesHaveNoCycles = noCycles("io.tollgate.application");

    @ArchTest
    static final ArchRule httpPackagesHaveNoCycles = noCycles("io.tollgate.adapter.http");

    @ArchTest
    static final ArchRule consolePackagesHaveNoCycles = noCycles("io.tollgate.console");

    @ArchTest
    static final ArchRule bootPackagesHaveNoCycles = noCycles("io.tollgate.boot");

    @ArchTest
    static final ArchRule routesNeverImportOtherRoutes = noClasses().that().haveSimpleNameEndingWith("Routes")
            .should().dependOnClassesThat(new DescribedPredicate<JavaClass>("are other routes") {
                @Override
                public boolean test(JavaClass target) {
                    return target.getSimpleName().endsWith("Routes");
                }
            }).because("what two routes share is a view or a helper of their API's package, not another route");

    @ArchTest
    static final ArchRule onlyBootWiresUseCases = noClasses().that().resideOutsideOfPackages("io.tollgate.boot..",
                    "io.tollgate.application..")
            .should().callConstructorWhere(new DescribedPredicate<JavaConstructorCall>("the constructor of a use case") {
                @Override
                public boolean test(JavaConstructorCall call) {
                    JavaClass owner = call.getTargetOwner();
                    return owner.getPackageName().startsWith("io.tollgate.application.") && !owner.isRecord()
                            && !owner.isAssignableTo(Throwable.class) && !owner.isNestedClass();
                }
            }).because("use cases are built once, in the composition root, and handed to the adapters that drive them");

    private static ArchRule noCycles(String root) {
        return SlicesRuleDefinition.slices().assignedFrom(new PackagesUnder(root)).should().beFreeOfCycles()
                .because("a module's packages depend in one direction, so each can be read without the others");
    }
}
