package org.neighbourhoodportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.neighbourhoodportal.directory.AccessProfile;
import org.springframework.stereotype.Service;

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
    static final ArchRule the_workflow_seam_depends_only_on_what_it_may_know = classes()
            .that().resideInAPackage("org.neighbourhoodportal.workflow..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.neighbourhoodportal.workflow..",
                    // the shared kit below every feature: who is who, who is calling, forms, the layout
                    "org.neighbourhoodportal.directory", "org.neighbourhoodportal.security",
                    "org.neighbourhoodportal.forms..", "org.neighbourhoodportal.ui", "org.neighbourhoodportal.time",
                    // the record page shell shows the shared timeline (issue 8)
                    "org.neighbourhoodportal.timeline..",
                    // the engine's schema is created and checked by Flyway (ADR 0003)
                    "org.flywaydb..",
                    "org.camunda..", "org.springframework..", "com.vaadin..", "jakarta..", "java..", "javax..",
                    "org.slf4j..")
            .because("features plug into the inbox through ProcessRecordHandler and RecordPanelProvider; an allow-list "
                    + "covers the features still to come, where a list of forbidden ones would not");

    @ArchTest
    static final ArchRule views_read_timelines_only_through_a_checked_service = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(org.neighbourhoodportal.timeline.Timeline.class)
            .because("the raw timeline checks nobody; a view reads a record's timeline through the feature's details "
                    + "or TimelineService, which ask the feature's policy who may see which lines");

    @ArchTest
    static final ArchRule the_shell_knows_no_feature = noClasses()
            .that().resideInAPackage("org.neighbourhoodportal.ui")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.neighbourhoodportal.feedback..", "org.neighbourhoodportal.reporting..",
                    "org.neighbourhoodportal.workplan..", "org.neighbourhoodportal.governance..",
                    "org.neighbourhoodportal.consultation..", "org.neighbourhoodportal.funding..",
                    "org.neighbourhoodportal.maturity..")
            .because("features contribute their menu entries as MenuEntry beans (docs/adr/0008), so a new workflow "
                    + "adds its pages without editing the shell, and the shell never grows a list of features");

    @ArchTest
    static final ArchRule process_steps_are_not_reachable_from_outside_their_process_package = classes()
            .that().resideInAPackage("org.neighbourhoodportal.*.process..").and().haveSimpleNameEndingWith("Steps")
            .should().notBePublic()
            .because("what a process step records is done by the process: a view must not be able to mark feedback "
                    + "closed while its process waits for something else (docs/adr/0005)");

    @ArchTest
    static final ArchRule services_never_take_the_acting_person_from_their_caller = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Service.class).and().arePublic()
            .should(notTakeParameterOf(AccessProfile.class))
            .because("access is decided about the person signed in now, never about whoever the caller says acted "
                    + "(docs/adr/0005)");

    @ArchTest
    static final ArchRule features_without_a_process_know_no_process = noClasses()
            .that().resideInAnyPackage("org.neighbourhoodportal.workplan..", "org.neighbourhoodportal.directory..")
            .should().dependOnClassesThat().resideInAPackage("org.neighbourhoodportal.processes..")
            .because("a process key or route is a string the cycle check cannot see; the work plan learns about "
                    + "feedback from its events (FeedbackRoutedToBacklog) and its service (progress), not its model");

    @ArchTest
    static final ArchRule views_know_no_process = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("org.neighbourhoodportal.processes..")
            .because("a process key or step id in a view is a string the cycle check cannot see; views ask their "
                    + "feature (FeedbackTasks, ProposalTasks, ReportTasks) which tasks are theirs");

    @ArchTest
    static final ArchRule nothing_depends_on_the_demo_loader = noClasses()
            .that().resideOutsideOfPackage("org.neighbourhoodportal.demo..")
            .and().doNotImplement(org.neighbourhoodportal.demo.DemoData.class)
            .should().dependOnClassesThat().resideInAPackage("org.neighbourhoodportal.demo..")
            .because("demo data is an optional profile; the product must not need it (a feature's own demo records "
                    + "implement demo.DemoData, and nothing else knows of them)");

    @ArchTest
    static final ArchRule a_features_demo_records_load_only_in_the_demo_profile = classes()
            .that().implement(org.neighbourhoodportal.demo.DemoData.class)
            .should().beAnnotatedWith(org.springframework.boot.autoconfigure.condition.ConditionalOnProperty.class)
            .because("a feature's demo records are created only when portal.demo.enabled is true");

    @ArchTest
    static final ArchRule features_are_free_of_cycles = slices()
            .matching("org.neighbourhoodportal.(*)..")
            .should().beFreeOfCycles()
            .because("a cycle between features means neither can change alone");

    @ArchTest
    static final ArchRule every_process_names_the_record_whose_timeline_shows_its_steps = classes()
            .that().implement(org.neighbourhoodportal.workflow.ProcessRecordHandler.class)
            .should(declareMethod("timelineRecord"))
            .because("answers kept for a feature and decisions are written on the record's timeline by the kit "
                    + "(docs/adr/0011); a process whose handler names no record would lose those steps silently");

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

    private static ArchCondition<JavaClass> declareMethod(String name) {
        return new ArchCondition<>("declare a method " + name) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                // declared by the class or a class it extends (the kit's RecordProcessHandler), not the interface's default
                if (type.getAllMethods().stream().noneMatch(m -> m.getName().equals(name) && !m.getOwner().isInterface())) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " does not declare " + name));
                }
            }
        };
    }

    private static ArchCondition<JavaMethod> notTakeParameterOf(Class<?> type) {
        return new ArchCondition<>("not take a parameter of type " + type.getSimpleName()) {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (method.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(type))) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes a "
                            + type.getSimpleName()));
                }
            }
        };
    }

    private static String featureOf(String packageName) {
        String rest = packageName.substring("org.neighbourhoodportal".length());
        String[] parts = rest.split("\\.");
        return parts.length > 1 ? parts[1] : "";
    }
}
