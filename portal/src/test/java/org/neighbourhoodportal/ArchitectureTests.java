package org.neighbourhoodportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The package rules of HOUSE-STYLE.md, each with the reason it exists. */
@AnalyzeClasses(packages = "org.neighbourhoodportal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule only_the_workflow_seam_and_process_glue_touch_the_engine = noClasses()
            .that().resideOutsideOfPackages("org.neighbourhoodportal.workflow", "org.neighbourhoodportal.*.process..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("Camunda 7 CE has had its last release; moving to Operaton must be a contained rename "
                    + "in the workflow package and the features' process packages, not a rewrite");

    @ArchTest
    static final ArchRule views_never_touch_the_engine = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("views speak the portal's words (WorkItem, TaskForm), never the engine's");

    @ArchTest
    static final ArchRule a_features_tables_are_reached_only_through_its_service = classes()
            .that().resideInAPackage("org.neighbourhoodportal.(*).domain..")
            .should(beAccessedOnlyFromTheirOwnFeature())
            .because("other features call a feature's service, which checks the caller; a repository does not");

    @ArchTest
    static final ArchRule views_do_not_use_repositories_or_entities = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("..domain..")
            .because("views receive services by constructor and show records, so every read is access-checked");

    @ArchTest
    static final ArchRule the_workflow_seam_knows_no_feature = noClasses()
            .that().resideInAPackage("org.neighbourhoodportal.workflow..")
            .should().dependOnClassesThat().resideInAnyPackage("org.neighbourhoodportal.feedback..",
                    "org.neighbourhoodportal.workplan..", "org.neighbourhoodportal.demo..")
            .because("features plug into the inbox through ProcessRecordHandler and RecordPanelProvider");

    @ArchTest
    static final ArchRule nothing_depends_on_the_demo_loader = noClasses()
            .that().resideOutsideOfPackage("org.neighbourhoodportal.demo..")
            .should().dependOnClassesThat().resideInAPackage("org.neighbourhoodportal.demo..")
            .because("demo data is an optional profile; the product must not need it");

    @ArchTest
    static final ArchRule features_are_free_of_cycles = slices()
            .matching("org.neighbourhoodportal.(*)..")
            .should().beFreeOfCycles()
            .because("a cycle between features means neither can change alone");

    private static ArchCondition<JavaClass> beAccessedOnlyFromTheirOwnFeature() {
        return new ArchCondition<>("be accessed only from their own feature") {
            @Override
            public void check(JavaClass domainClass, ConditionEvents events) {
                String feature = featureOf(domainClass.getPackageName());
                domainClass.getAccessesToSelf().forEach(access -> {
                    String caller = access.getOriginOwner().getPackageName();
                    if (!featureOf(caller).equals(feature)) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                });
                domainClass.getDirectDependenciesToSelf().forEach(dependency -> {
                    String caller = dependency.getOriginClass().getPackageName();
                    if (!featureOf(caller).equals(feature)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    private static String featureOf(String packageName) {
        String rest = packageName.substring("org.neighbourhoodportal".length());
        String[] parts = rest.split("\\.");
        return parts.length > 1 ? parts[1] : "";
    }
}
