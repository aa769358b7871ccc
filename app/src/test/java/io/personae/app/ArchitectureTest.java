package io.personae.app;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/// The rules of docs/architecture.md, checked on the compiled classes.
@AnalyzeClasses(packages = "io.personae", importOptions = ArchitectureTest.ProductionClassesOnly.class)
class ArchitectureTest {

    /// Leaves out test classes whatever the build folder is called: ArchUnit's own option only
    /// knows `target/test-classes`, and parallel builds use `-Dpersonae.target=target-NAME`.
    static final class ProductionClassesOnly implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("/test-classes/");
        }
    }

    /// Engine types that only carry data: what a view may show.
    private static final DescribedPredicate<JavaClass> ENGINE_DATA = describe("engine records and enums",
            c -> c.isEnum() || c.isAssignableTo(Record.class));

    @ArchTest
    static final ArchRule viewModelsKnowNoControls = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("view models hold properties and commands; views own the controls");

    @ArchTest
    static final ArchRule viewsOnlyShowEngineData = noClasses()
            .that().haveSimpleNameEndingWith("View").and().resideInAPackage("io.personae.app..")
            .should().dependOnClassesThat(resideInAPackage("io.personae.analytics..").and(DescribedPredicate.not(ENGINE_DATA)))
            .because("views display what the engine returns; view models call the engine");

    @ArchTest
    static final ArchRule featuresMeetOnlyThroughCommon = slices()
            .matching("io.personae.app.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(resideInAPackage("io.personae.app.shell.."), DescribedPredicate.alwaysTrue())
            .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage("io.personae.app.common.."))
            .because("shell is the composition root; features share state through common");

    @ArchTest
    static final ArchRule commonKnowsNoFeature = noClasses()
            .that().resideInAPackage("io.personae.app.common..")
            .should().dependOnClassesThat(resideInAnyPackage("io.personae.app.shell..", "io.personae.app.workspace..",
                    "io.personae.app.importing..", "io.personae.app.segments..", "io.personae.app.exporting..",
                    "io.personae.app.personas.."));

    @ArchTest
    static final ArchRule engineKnowsNoJavaFx = noClasses()
            .that().resideInAPackage("io.personae.analytics..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the engine also runs from the command line");

    @ArchTest
    static final ArchRule personasAndExportsDoNotReachBackIntoTheProject = noClasses()
            .that().resideInAnyPackage("io.personae.analytics.personas..", "io.personae.analytics.exporter..",
                    "io.personae.analytics.segmentation..")
            .should().dependOnClassesThat().resideInAPackage("io.personae.analytics.project..")
            .because("data flows one way: the project facade calls the stages, never the reverse");

    @ArchTest
    static final ArchRule appLogsInsteadOfPrinting = noClasses()
            .that().resideInAPackage("io.personae.app..")
            .should(ACCESS_STANDARD_STREAMS)
            .because("the app logs through System.Logger");
}
