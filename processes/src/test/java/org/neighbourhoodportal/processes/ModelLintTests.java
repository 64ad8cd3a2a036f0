package org.neighbourhoodportal.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads every model under {@code models/} and holds it to the house rules: meaningful ids, a constants class whose
 * ids are all in the model, a form file for every user task, a declared delegate bean for every service task, and a
 * history time to live. The last tests feed the same checks a model broken on purpose, so a check that stopped
 * finding anything would fail here too.
 */
class ModelLintTests {

    private static Map<Path, BpmnModelInstance> models;

    @BeforeAll
    static void readModels() {
        models = ModelLint.modelFiles().stream()
                .collect(Collectors.toMap(Function.identity(), ModelLint::read));
    }

    @Test
    void the_lint_reads_every_model_in_the_models_folder() {
        assertThat(models.keySet()).extracting(p -> p.getFileName().toString())
                .contains("PpgFeedbackProcess.bpmn", "PpgProposalProcess.bpmn");
    }

    @Test
    void every_process_is_executable_and_keeps_its_history_for_a_limited_time() {
        assertThat(problems(ModelLint::checkProcesses)).isEmpty();
    }

    @Test
    void no_element_keeps_a_modeller_default_id() {
        assertThat(problems(ModelLint::checkIds)).isEmpty();
    }

    @Test
    void every_element_is_drawn_in_the_diagram() {
        assertThat(problems(ModelLint::checkDiagram)).isEmpty();
    }

    @Test
    void every_model_has_a_constants_class_whose_element_ids_are_all_in_the_model() {
        assertThat(problems(model -> ModelLint.checkConstants(model, constantsOf(model)))).isEmpty();
    }

    @Test
    void every_constants_class_has_a_model() {
        Set<String> processIds = models.values().stream()
                .flatMap(m -> m.getModelElementsByType(Process.class).stream())
                .map(Process::getId)
                .collect(Collectors.toSet());
        List<Class<?>> constantsClasses = ModelLint.allConstantsClasses();

        assertThat(constantsClasses).contains(PpgFeedbackProcess.class, PpgProposalProcess.class,
                ConsultationProcess.class);
        assertThat(constantsClasses)
                .allSatisfy(c -> assertThat(processIds).as("process for %s.KEY", c.getSimpleName())
                        .contains(ModelLint.stringConstant(c, "KEY")));
    }

    @Test
    void every_user_task_names_a_form_file_and_says_who_does_it() {
        assertThat(problems(model -> ModelLint.checkUserTasks(model, ModelLint.FORMS_DIR))).isEmpty();
    }

    @Test
    void every_form_the_constants_name_has_its_file() {
        List<String> problems = new ArrayList<>();
        for (Class<?> constants : ModelLint.allConstantsClasses()) {
            problems.addAll(ModelLint.checkFormConstants(constants, ModelLint.FORMS_DIR));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_service_task_calls_a_delegate_bean_its_constants_declare_and_every_declared_bean_is_called() {
        assertThat(problems(model -> ModelLint.checkDelegates(model, constantsOf(model)))).isEmpty();
    }

    // ---------------------------------------------------------------- the checks find what they are there for

    /** Stands in for a constants class of the broken model below. */
    static final class BrokenProcess {
        public static final String KEY = "BrokenProcess";
        public static final String TASK_GIVE_VIEW = "Task_GiveView";
        public static final String TASK_SIGN_OFF = "Task_SignOff";
        public static final String GATEWAY_APPROVED = "Gateway_Approved";
        public static final String TIMER_REMINDER = "Task_GiveView";
        public static final String FORM_START = "start-something";
        public static final Set<String> DELEGATES = Set.of("notifyMembersDelegate", "neverCalledDelegate");
    }

    @Test
    void the_lint_flags_a_model_that_breaks_the_rules(@TempDir Path forms) throws IOException {
        Files.writeString(forms.resolve("give-view.form"), "{}");
        BpmnModelInstance broken = Bpmn.createProcess("BrokenProcess")
                .startEvent("StartEvent_1")
                .userTask("Task_GiveView").camundaFormKey("give-view").camundaCandidateGroups("${ppgGroup}")
                .documentation("The PPG gives its view.")
                .userTask("Activity_0x9fk2a").camundaFormKey("no-such-form")
                .exclusiveGateway("Gateway_1ab2cd3")
                .condition("yes", "${approved}")
                .serviceTask("Task_Notify").camundaDelegateExpression("${notifyMembersDelegate}")
                .serviceTask("Task_Archive").camundaClass("org.example.ArchiveDelegate")
                .serviceTask("Task_Publish").camundaDelegateExpression("${publishDelegate}")
                .serviceTask("Task_Compute").camundaDelegateExpression("${calculator.compute(execution)}")
                .endEvent("Event_Done")
                .moveToLastGateway()
                .condition("no", "${!approved}")
                .endEvent("EndEvent_0k1l2m3")
                .done();
        broken.getModelElementsByType(Process.class).forEach(p -> p.setCamundaHistoryTimeToLiveString(null));

        assertThat(ModelLint.checkProcesses(broken)).containsExactlyInAnyOrder(
                "BrokenProcess: not isExecutable=\"true\"",
                "BrokenProcess: no camunda:historyTimeToLive");

        assertThat(ModelLint.checkIds(broken))
                .anySatisfy(p -> assertThat(p).contains("StartEvent_1"))
                .anySatisfy(p -> assertThat(p).contains("Activity_0x9fk2a"))
                .anySatisfy(p -> assertThat(p).contains("Gateway_1ab2cd3"))
                .anySatisfy(p -> assertThat(p).contains("EndEvent_0k1l2m3"))
                .anySatisfy(p -> assertThat(p).startsWith("sequenceFlow"))
                .noneSatisfy(p -> assertThat(p).contains("Task_GiveView"))
                .noneSatisfy(p -> assertThat(p).contains("Event_Done"));

        assertThat(ModelLint.checkConstants(broken, BrokenProcess.class)).containsExactlyInAnyOrder(
                "BrokenProcess.TASK_SIGN_OFF = Task_SignOff: not in the model",
                "BrokenProcess.GATEWAY_APPROVED = Gateway_Approved: not in the model",
                "BrokenProcess.TIMER_REMINDER = Task_GiveView: is a userTask, not a BoundaryEvent");
        assertThat(ModelLint.checkConstants(broken, null))
                .containsExactly("BrokenProcess: no constants class org.neighbourhoodportal.processes.BrokenProcess");

        assertThat(ModelLint.checkUserTasks(broken, forms)).containsExactlyInAnyOrder(
                "Activity_0x9fk2a: form key no-such-form names no file " + forms.resolve("no-such-form.form"),
                "Activity_0x9fk2a: no candidate groups, candidate users or assignee: nobody would see it",
                "Activity_0x9fk2a: no documentation saying who does it");

        assertThat(ModelLint.checkFormConstants(BrokenProcess.class, forms)).containsExactly(
                "BrokenProcess.FORM_START = start-something: no file " + forms.resolve("start-something.form"));

        assertThat(ModelLint.checkDelegates(broken, BrokenProcess.class)).containsExactlyInAnyOrder(
                "Task_Archive: bound by org.example.ArchiveDelegate, use camunda:delegateExpression=\"${beanName}\"",
                "Task_Publish: delegate bean publishDelegate is not in BrokenProcess.DELEGATES",
                "Task_Compute: delegateExpression ${calculator.compute(execution)} is not ${beanName}",
                "BrokenProcess.DELEGATES names neverCalledDelegate, which no task of the model calls");
    }

    @Test
    void the_lint_flags_a_user_task_without_a_form_key(@TempDir Path forms) {
        BpmnModelInstance broken = Bpmn.createExecutableProcess("BrokenProcess")
                .startEvent("Event_Started")
                .userTask("Task_Anything").camundaAssignee("someone").documentation("Someone does it.")
                .endEvent("Event_Ended")
                .done();

        assertThat(ModelLint.checkUserTasks(broken, forms)).containsExactly("Task_Anything: no camunda:formKey");
    }

    @Test
    void the_lint_flags_an_element_missing_from_the_diagram() {
        BpmnModelInstance undrawn = Bpmn.createExecutableProcess("BrokenProcess")
                .startEvent("Event_Started")
                .userTask("Task_Anything")
                .endEvent("Event_Ended")
                .done();
        assertThat(ModelLint.checkDiagram(undrawn)).isEmpty();
        BpmnShape shape = undrawn.getModelElementsByType(BpmnShape.class).stream()
                .filter(s -> s.getBpmnElement().getId().equals("Task_Anything"))
                .findFirst().orElseThrow();
        shape.getParentElement().removeChildElement(shape);

        assertThat(ModelLint.checkDiagram(undrawn)).containsExactly("Task_Anything: not drawn in the diagram");
    }

    @Test
    void meaningful_ids_are_not_taken_for_modeller_defaults() {
        assertThat(List.of("Task_AcknowledgeFeedback", "Flow_Reopened", "Gateway_Close", "Event_FeedbackClosed",
                "Timer_AcknowledgementOverdue", "PpgFeedbackProcess"))
                .noneMatch(id -> ModelLint.MODELLER_DEFAULT_ID.matcher(id).matches());
        assertThat(List.of("Activity_0x9fk2a", "Flow_1b2c3d4", "Gateway_0abcdef", "Event_1qwerty", "StartEvent_1",
                "EndEvent_0k1l2m3", "SequenceFlow_12", "Process_0h3c2bb", "sid-3F0A2C1B-1D2E-4F50-9A8B-7C6D5E4F3A2B"))
                .allMatch(id -> ModelLint.MODELLER_DEFAULT_ID.matcher(id).matches());
    }

    // ----------------------------------------------------------------

    private static List<String> problems(Function<BpmnModelInstance, List<String>> check) {
        List<String> problems = new ArrayList<>();
        models.forEach((file, model) -> check.apply(model).forEach(p -> problems.add(file.getFileName() + ": " + p)));
        return problems;
    }

    private static Class<?> constantsOf(BpmnModelInstance model) {
        List<Process> processes = List.copyOf(model.getModelElementsByType(Process.class));
        assertThat(processes).as("one process per model").hasSize(1);
        return ModelLint.constantsClassFor(processes.get(0).getId());
    }
}
