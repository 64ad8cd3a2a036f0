package org.neighbourhoodportal.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The house rules for models, as checks that each return the problems they found (empty when the model is fine), so
 * that {@link ModelLintTests} can run them on the real models and on a model broken on purpose.
 *
 * <p>The constants class of a process is {@code org.neighbourhoodportal.processes.<process id>}. By naming
 * convention its {@code EVENT_}, {@code TASK_}, {@code GATEWAY_}, {@code TIMER_} and {@code FLOW_} fields are element
 * ids, {@code FORM_} fields are form keys, and {@code DELEGATES} lists the delegate beans its service tasks call.
 */
final class ModelLint {

    static final String CONSTANTS_PACKAGE = "org.neighbourhoodportal.processes";
    static final Path MODELS_DIR = Path.of("models");
    static final Path FORMS_DIR = Path.of("..", "forms", "definitions");

    /**
     * Ids Camunda Modeler (and older modellers) generate: {@code Activity_0x9fk2a}, {@code Flow_1b2c3d4},
     * {@code StartEvent_1}, {@code sid-…}, and the {@code sequenceFlow_<uuid>} of the model API's fluent builder. A
     * meaningful id is CamelCase after the prefix, so it never matches.
     */
    static final Pattern MODELLER_DEFAULT_ID = Pattern.compile(
            "^(Activity|Task|UserTask|ServiceTask|SendTask|ReceiveTask|ScriptTask|BusinessRuleTask|ManualTask"
                    + "|CallActivity|SubProcess|Gateway|ExclusiveGateway|ParallelGateway|InclusiveGateway"
                    + "|EventBasedGateway|ComplexGateway|Event|StartEvent|EndEvent|BoundaryEvent"
                    + "|IntermediateCatchEvent|IntermediateThrowEvent|Flow|SequenceFlow|Process)"
                    + "_([0-9a-z]{7}|[0-9]+)$"
                    + "|^sid-[0-9A-Fa-f-]+$"
                    + "|^[A-Za-z]+_[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$");

    private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)}$");

    /** Field-name prefix of an element-id constant, and the kind of element it must name. */
    private static final Map<String, Class<? extends BaseElement>> ELEMENT_PREFIXES = new LinkedHashMap<>();

    static {
        ELEMENT_PREFIXES.put("EVENT_", Event.class);
        ELEMENT_PREFIXES.put("TASK_", Activity.class);
        ELEMENT_PREFIXES.put("GATEWAY_", Gateway.class);
        ELEMENT_PREFIXES.put("TIMER_", BoundaryEvent.class);
        ELEMENT_PREFIXES.put("FLOW_", SequenceFlow.class);
    }

    private ModelLint() {
    }

    // ------------------------------------------------------------------ loading

    static List<Path> modelFiles() {
        try (Stream<Path> files = Files.walk(MODELS_DIR)) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BpmnModelInstance read(Path file) {
        return Bpmn.readModelFromFile(file.toFile());
    }

    /** The constants class for a process id, or null when there is none. */
    static Class<?> constantsClassFor(String processId) {
        try {
            return Class.forName(CONSTANTS_PACKAGE + "." + processId);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** Every class in the constants package (main code) that declares a {@code KEY}: the constants classes. */
    static List<Class<?>> allConstantsClasses() {
        List<Class<?>> found = new ArrayList<>();
        try {
            var resources = ModelLint.class.getClassLoader().getResources(CONSTANTS_PACKAGE.replace('.', '/'));
            for (URL url : Collections.list(resources)) {
                if (!"file".equals(url.getProtocol())) {
                    continue;
                }
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    for (Path file : files.toList()) {
                        String name = file.getFileName().toString();
                        if (!name.endsWith(".class") || name.contains("$")) {
                            continue;
                        }
                        Class<?> type = Class.forName(CONSTANTS_PACKAGE + "." + name.replace(".class", ""));
                        String resource = stringConstant(type, "RESOURCE");
                        boolean decision = resource != null && resource.endsWith(".dmn"); // see DecisionLint
                        if (stringConstant(type, "KEY") != null && !decision) {
                            found.add(type);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    // ------------------------------------------------------------------ checks

    static List<String> checkProcesses(BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (!process.isExecutable()) {
                problems.add(process.getId() + ": not isExecutable=\"true\"");
            }
            String ttl = process.getCamundaHistoryTimeToLiveString();
            if (ttl == null || ttl.isBlank()) {
                problems.add(process.getId() + ": no camunda:historyTimeToLive");
            }
        }
        return problems;
    }

    /** Modeller default ids on the elements code, tests, forms or docs refer to. */
    static List<String> checkIds(BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            flagDefaultId(process, problems);
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            flagDefaultId(node, problems);
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (flow.getConditionExpression() != null || flow.getSource() instanceof Gateway) {
                flagDefaultId(flow, problems);
            }
        }
        return problems;
    }

    private static void flagDefaultId(BaseElement element, List<String> problems) {
        String id = element.getId();
        if (id == null || MODELLER_DEFAULT_ID.matcher(id).matches()) {
            problems.add(element.getElementType().getTypeName() + " " + id + ": modeller default id, give it a"
                    + " meaningful one");
        }
    }

    /** Every flow node and sequence flow is drawn, so the docs and Camunda Modeler show the whole process. */
    static List<String> checkDiagram(BpmnModelInstance model) {
        Set<String> drawn = new LinkedHashSet<>();
        model.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> shape.getBpmnElement() != null)
                .forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
        model.getModelElementsByType(BpmnEdge.class).stream()
                .filter(edge -> edge.getBpmnElement() != null)
                .forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
        List<String> problems = new ArrayList<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!drawn.contains(node.getId())) {
                problems.add(node.getId() + ": not drawn in the diagram");
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!drawn.contains(flow.getId())) {
                problems.add(flow.getId() + ": not drawn in the diagram");
            }
        }
        return problems;
    }

    /** The constants class exists, its KEY is the process id, and every element id it names is there. */
    static List<String> checkConstants(BpmnModelInstance model, Class<?> constants) {
        List<String> problems = new ArrayList<>();
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        if (constants == null) {
            processes.forEach(p -> problems.add(p.getId() + ": no constants class " + CONSTANTS_PACKAGE + "."
                    + p.getId()));
            return problems;
        }
        String key = stringConstant(constants, "KEY");
        if (processes.stream().noneMatch(p -> p.getId().equals(key))) {
            problems.add(constants.getSimpleName() + ".KEY = " + key + ": no process with that id");
        }
        if (setConstant(constants, "DELEGATES") == null) {
            problems.add(constants.getSimpleName() + ": no public static final Set<String> DELEGATES");
        }
        for (Map.Entry<String, String> constant : elementConstants(constants).entrySet()) {
            String field = constant.getKey();
            String id = constant.getValue();
            Class<? extends BaseElement> expected = expectedType(field);
            ModelElementInstance element = model.getModelElementById(id);
            if (element == null) {
                problems.add(constants.getSimpleName() + "." + field + " = " + id + ": not in the model");
            } else if (!expected.isInstance(element)) {
                problems.add(constants.getSimpleName() + "." + field + " = " + id + ": is a "
                        + element.getElementType().getTypeName() + ", not a " + expected.getSimpleName());
            } else if (element instanceof BoundaryEvent timer && field.startsWith("TIMER_")
                    && timer.getEventDefinitions().stream().noneMatch(TimerEventDefinition.class::isInstance)) {
                problems.add(constants.getSimpleName() + "." + field + " = " + id + ": not a timer");
            }
        }
        return problems;
    }

    /** Every user task names a form file that exists, and says who does it. */
    static List<String> checkUserTasks(BpmnModelInstance model, Path formsDir) {
        List<String> problems = new ArrayList<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String formKey = task.getCamundaFormKey();
            if (formKey == null || formKey.isBlank()) {
                problems.add(task.getId() + ": no camunda:formKey");
            } else if (DELEGATE_EXPRESSION.matcher(formKey).matches()) {
                // a shared model (ResponseRound) takes its form from the workflow that calls it; that workflow's
                // constants class names the form (FORM_...), and checkFormConstants checks its file
            } else if (!Files.isRegularFile(formsDir.resolve(formKey + ".form"))) {
                problems.add(task.getId() + ": form key " + formKey + " names no file "
                        + formsDir.resolve(formKey + ".form"));
            }
            if (isBlank(task.getCamundaCandidateGroups()) && isBlank(task.getCamundaCandidateUsers())
                    && isBlank(task.getCamundaAssignee())) {
                problems.add(task.getId() + ": no candidate groups, candidate users or assignee: nobody would see it");
            }
            if (task.getDocumentations().stream().allMatch(d -> isBlank(d.getTextContent()))) {
                problems.add(task.getId() + ": no documentation saying who does it");
            }
        }
        return problems;
    }

    /** Every form key a constants class names (start forms included) has its file. */
    static List<String> checkFormConstants(Class<?> constants, Path formsDir) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> form : constantsWithPrefix(constants, "FORM_").entrySet()) {
            if (!Files.isRegularFile(formsDir.resolve(form.getValue() + ".form"))) {
                problems.add(constants.getSimpleName() + "." + form.getKey() + " = " + form.getValue()
                        + ": no file " + formsDir.resolve(form.getValue() + ".form"));
            }
        }
        return problems;
    }

    /**
     * Every service, send or (non-DMN) business rule task is bound by {@code delegateExpression="${bean}"} to a bean
     * its constants class declares in DELEGATES, and every declared bean is used.
     */
    static List<String> checkDelegates(BpmnModelInstance model, Class<?> constants) {
        List<String> problems = new ArrayList<>();
        Set<String> declared = constants == null ? Set.of() : setConstant(constants, "DELEGATES");
        if (declared == null) {
            declared = Set.of();
        }
        Set<String> used = new LinkedHashSet<>();
        for (Task task : model.getModelElementsByType(Task.class)) {
            String delegateExpression;
            String implementation;
            if (task instanceof ServiceTask service) {
                delegateExpression = service.getCamundaDelegateExpression();
                implementation = firstNonBlank(service.getCamundaClass(), service.getCamundaExpression(),
                        service.getCamundaType());
            } else if (task instanceof SendTask send) {
                delegateExpression = send.getCamundaDelegateExpression();
                implementation = firstNonBlank(send.getCamundaClass(), send.getCamundaExpression(),
                        send.getCamundaType());
            } else if (task instanceof BusinessRuleTask rule && isBlank(rule.getCamundaDecisionRef())) {
                delegateExpression = rule.getCamundaDelegateExpression();
                implementation = firstNonBlank(rule.getCamundaClass(), rule.getCamundaExpression(),
                        rule.getCamundaType());
            } else {
                continue;
            }
            if (implementation != null) {
                problems.add(task.getId() + ": bound by " + implementation
                        + ", use camunda:delegateExpression=\"${beanName}\"");
                continue;
            }
            Matcher bean = DELEGATE_EXPRESSION.matcher(delegateExpression == null ? "" : delegateExpression.trim());
            if (!bean.matches()) {
                problems.add(task.getId() + ": delegateExpression " + delegateExpression + " is not ${beanName}");
                continue;
            }
            used.add(bean.group(1));
            if (!declared.contains(bean.group(1))) {
                problems.add(task.getId() + ": delegate bean " + bean.group(1) + " is not in "
                        + (constants == null ? "any constants class" : constants.getSimpleName() + ".DELEGATES"));
            }
        }
        for (String bean : new TreeSet<>(declared)) {
            if (!used.contains(bean)) {
                problems.add((constants == null ? "" : constants.getSimpleName() + ".") + "DELEGATES names " + bean
                        + ", which no task of the model calls");
            }
        }
        return problems;
    }

    // ------------------------------------------------------------------ reflection on constants classes

    static Map<String, String> elementConstants(Class<?> constants) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String prefix : ELEMENT_PREFIXES.keySet()) {
            ids.putAll(constantsWithPrefix(constants, prefix));
        }
        return ids;
    }

    private static Class<? extends BaseElement> expectedType(String field) {
        return ELEMENT_PREFIXES.entrySet().stream()
                .filter(e -> field.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
    }

    static Map<String, String> constantsWithPrefix(Class<?> constants, String prefix) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : constants.getDeclaredFields()) {
            if (field.getName().startsWith(prefix) && isConstant(field) && field.getType() == String.class) {
                values.put(field.getName(), (String) read(field));
            }
        }
        return values;
    }

    static String stringConstant(Class<?> constants, String name) {
        try {
            Field field = constants.getDeclaredField(name);
            return isConstant(field) && field.getType() == String.class ? (String) read(field) : null;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    static Set<String> setConstant(Class<?> constants, String name) {
        try {
            Field field = constants.getDeclaredField(name);
            return isConstant(field) && Set.class.isAssignableFrom(field.getType()) ? (Set<String>) read(field) : null;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static boolean isConstant(Field field) {
        int modifiers = field.getModifiers();
        return Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers);
    }

    private static Object read(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String firstNonBlank(String... values) {
        return Stream.of(values).filter(v -> !isBlank(v)).findFirst().orElse(null);
    }
}
