package io.tollgate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/** The hexagon's boundaries from DESIGN.md: what each layer and adapter may see. */
@AnalyzeClasses(packages = "io.tollgate", importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonRulesTest {

    static final String HTTP = "io.tollgate.adapter.http..";
    static final String PERSISTENCE = "io.tollgate.adapter.persistence..";
    static final String PROVIDERS = "io.tollgate.adapter.provider..";
    static final String CONSOLE = "io.tollgate.console..";
    static final String BOOT = "io.tollgate.boot..";

    @ArchTest
    static final ArchRule domainDependsOnTheJdkOnly = classes().that().resideInAPackage("io.tollgate.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.tollgate.domain..");

    @ArchTest
    static final ArchRule applicationDependsOnDomainAndTheJdkOnly = classes().that().resideInAPackage("io.tollgate.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.tollgate.domain..", "io.tollgate.application..");

    @ArchTest
    static final ArchRule httpAdapterSeesNoOtherAdapter = noClasses().that().resideInAPackage(HTTP)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, PROVIDERS, CONSOLE, BOOT);

    @ArchTest
    static final ArchRule persistenceAdapterSeesNoOtherAdapter = noClasses().that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage(HTTP, PROVIDERS, CONSOLE, BOOT);

    @ArchTest
    static final ArchRule providersAdapterSeesNoOtherAdapter = noClasses().that().resideInAPackage(PROVIDERS)
            .should().dependOnClassesThat().resideInAnyPackage(HTTP, PERSISTENCE, CONSOLE, BOOT)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyBootSeesSeveralAdapters = noClasses().that().resideInAPackage(CONSOLE)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, PROVIDERS, BOOT)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule consoleDrivesUseCasesAndSeesNoAdapter = noClasses().that().resideInAPackage(CONSOLE)
            .should().dependOnClassesThat().resideInAnyPackage(HTTP, PERSISTENCE, PROVIDERS, BOOT)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule javalinOnlyInHttpConsoleAndBoot = noClasses().that().resideOutsideOfPackages(HTTP, CONSOLE, BOOT)
            .should().dependOnClassesThat().resideInAPackage("io.javalin..");

    @ArchTest
    static final ArchRule databaseLibrariesOnlyInPersistenceAndBoot = noClasses().that().resideOutsideOfPackages(PERSISTENCE, BOOT)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.jdbi..", "com.zaxxer.hikari..", "org.postgresql..", "org.flywaydb..", "io.zonky..");

    @ArchTest
    static final ArchRule jteOnlyInConsole = noClasses().that().resideOutsideOfPackage(CONSOLE)
            .should().dependOnClassesThat().resideInAPackage("gg.jte..");

    @ArchTest
    static final ArchRule bouncyCastleOnlyInPersistence = noClasses().that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..");

    @ArchTest
    static final ArchRule telemetryLibrariesOnlyInBoot = noClasses().that().resideOutsideOfPackage(BOOT)
            .should().dependOnClassesThat().resideInAnyPackage("io.micrometer..", "io.prometheus..", "io.opentelemetry..")
            .because("the other layers report through the Telemetry port; only the composition root knows the libraries");

    @ArchTest
    static final ArchRule contextsHaveNoCycles = ContextSlices.RULE;

    @ArchTest
    static final ArchRule persistencePackagesHaveNoCycles = SlicesRuleDefinition.slices()
            .assignedFrom(new PackagesUnder("io.tollgate.adapter.persistence")).should().beFreeOfCycles()
            .because("the entry package uses the contexts' packages, which use only the shared database package");

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
}
