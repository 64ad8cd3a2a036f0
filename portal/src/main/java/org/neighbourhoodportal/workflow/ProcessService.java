package org.neighbourhoodportal.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What features ask of the engine about their records' processes: start one, what it waits on, end one early. Kept apart from
 * {@link WorkflowService} (people's tasks), which calls back into the features through their handlers.
 *
 * <p>Who may call: someone signed in, or the engine running a step; otherwise {@link NotAllowedException}. The
 * feature's service decides first, with its policy, whether this person may start or see this record's process;
 * this seam knows no records.
 */
@Service
@Transactional
public class ProcessService {

    private final RuntimeService runtime;
    private RepositoryService repository;
    private final TaskService tasks;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final OpenWork openWork;

    ProcessService(RuntimeService runtime, TaskService tasks, Clock clock, CurrentUser currentUser,
                   OpenWork openWork) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.clock = clock;
        this.currentUser = currentUser;
        this.openWork = openWork;
    }

    @Autowired
    void setRepository(RepositoryService repository) {
        this.repository = repository;
    }

    /**
     * Starts a process for a record, inside the caller's transaction: if saving the record fails, no process is
     * left behind, and the other way round.
     */
    public void start(String processKey, String businessKey, Map<String, Object> variables) {
        requireCaller();
        runtime.startProcessInstanceByKey(processKey, businessKey, engineValues(variables, clock.getZone()));
    }

    /**
     * The names of the steps a record's process is waiting on, e.g. "Acknowledge the feedback". Callers check the
     * person may see the record first; this says nothing about the record itself.
     */
    @Transactional(readOnly = true)
    public List<String> waitingOn(String processKey, String businessKey) {
        requireCaller();
        return tasks.createTaskQuery().processDefinitionKey(processKey).processInstanceBusinessKey(businessKey)
                .orderByTaskCreateTime().asc().list().stream().map(Task::getName).distinct().toList();
    }

    /** Whether the record's process is still running. Signed in or the engine only. */
    @Transactional(readOnly = true)
    public boolean isRunning(String processKey, String businessKey) {
        requireCaller();
        return runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).count() > 0;
    }

    /**
     * The diagram of the model a record's process runs on (the version its instance started on), with the steps it is
     * at now; for a record whose process has ended, the newest model and no steps. Callers check the person may see
     * the record first. Signed in or the engine only.
     *
     * @return the diagram, or null when the record never had a process of that key
     */
    @Transactional(readOnly = true)
    public ProcessDiagram diagram(String processKey, String businessKey) {
        requireCaller();
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).list().stream().findFirst().orElse(null);
        String definitionId;
        List<String> current = List.of();
        if (instance != null) {
            definitionId = instance.getProcessDefinitionId();
            current = runtime.getActiveActivityIds(instance.getId()).stream().distinct().toList();
        } else {
            ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                    .latestVersion().singleResult();
            if (latest == null) {
                return null;
            }
            definitionId = latest.getId();
        }
        BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
        List<String> names = current.stream().map(id -> {
            ModelElementInstance element = model.getModelElementById(id);
            String name = element instanceof FlowElement flow ? flow.getName() : null;
            return name == null || name.isBlank() ? "a step of the process" : name;
        }).distinct().toList();
        try (InputStream xml = repository.getProcessModel(definitionId)) {
            return new ProcessDiagram(new String(xml.readAllBytes(), StandardCharsets.UTF_8), current, names);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the model of " + processKey, e);
        }
    }

    /**
     * Ends a record's process now, inside the caller's transaction (e.g. its owner withdrew the record): its open
     * tasks leave every inbox (the open-work read model drops them as the engine deletes them), its timers stop, and
     * no further step runs. Nothing happens when it is not running. The feature's service decides first, with its
     * policy, that this person may end it.
     *
     * @param reason kept in the engine's history as why it was ended
     * @return who had open tasks on the record (to be told), empty when nothing was running
     * @throws NotAllowedException when nobody is signed in and the engine is not the caller
     */
    public EndedProcess end(String processKey, String businessKey, String reason) {
        requireCaller();
        Set<Long> people = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        for (OpenWork.Row task : openWork.onRecord(processKey, businessKey)) {
            groups.addAll(task.groups());
            if (task.assignee() != null) {
                try {
                    people.add(Long.valueOf(task.assignee()));
                } catch (NumberFormatException notAPerson) {
                    // an engine user that is not one of the portal's people is told nothing
                }
            }
        }
        List<String> instances = runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).list().stream().map(ProcessInstance::getId).toList();
        instances.forEach(id -> runtime.deleteProcessInstance(id, reason));
        return new EndedProcess(!instances.isEmpty(), people, groups);
    }

    private void requireCaller() {
        if (currentUser.find().isEmpty() && !currentUser.isEngine()) {
            throw new NotAllowedException("Please sign in first.");
        }
    }

    /**
     * Dates travel through the engine as {@link Date}, which its timers and due dates understand. A date someone
     * chose (a closing date, a due date) means the end of that day in the portal's zone.
     */
    static Map<String, Object> engineValues(Map<String, Object> values, ZoneId zone) {
        Map<String, Object> converted = new HashMap<>();
        values.forEach((key, value) -> converted.put(key, value instanceof LocalDate date
                ? Date.from(PortalTime.endOf(date, zone))
                : value));
        return converted;
    }
}
