package org.neighbourhoodportal.workflow;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the read model of open work from the engine when the two disagree on how many tasks are open: once after an
 * upgrade (tasks opened before the read model existed), and as a safety net if a row was ever lost. At start-up the
 * check is two counts; the rebuild reads every open task and is only for that rare case.
 */
@Component
class OpenWorkRebuild {

    private static final Logger log = LoggerFactory.getLogger(OpenWorkRebuild.class);
    private static final int BATCH = 500;

    private final OpenWork openWork;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;

    OpenWorkRebuild(OpenWork openWork, TaskService tasks, RuntimeService runtime, RepositoryService repository) {
        this.openWork = openWork;
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    void atStartUp() {
        rebuildIfOutOfStep();
    }

    /** Rebuilds the read model if its number of rows is not the engine's number of open tasks; says whether it did. */
    @Transactional
    boolean rebuildIfOutOfStep() {
        long engine = tasks.createTaskQuery().count();
        long portal = openWork.size();
        if (engine == portal) {
            return false;
        }
        log.info("Open work holds {} tasks but the engine has {} open: rebuilding it from the engine", portal, engine);
        openWork.removeAll();
        Map<String, String> processKeys = repository.createProcessDefinitionQuery().list().stream()
                .collect(Collectors.toMap(ProcessDefinition::getId, ProcessDefinition::getKey));
        for (int first = 0; first < engine; first += BATCH) {
            List<Task> page = tasks.createTaskQuery().initializeFormKeys().orderByTaskId().asc().listPage(first, BATCH);
            Set<String> instanceIds = page.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            Map<String, String> businessKeys = instanceIds.isEmpty() ? Map.of()
                    : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                    .filter(p -> p.getBusinessKey() != null)
                    .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
            for (Task task : page) {
                if (task.getProcessInstanceId() == null) {
                    continue; // a stand-alone task: the portal creates none
                }
                Set<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                        .map(IdentityLink::getGroupId).filter(Objects::nonNull).collect(Collectors.toSet());
                Timestamp due = task.getDueDate() == null ? null : new Timestamp(task.getDueDate().getTime());
                boolean inParallel = runtime.getVariableLocal(task.getExecutionId(), "loopCounter") != null;
                openWork.insert(new OpenWork.Row(task.getId(), task.getExecutionId(), task.getProcessInstanceId(),
                        processKeys.get(task.getProcessDefinitionId()), businessKeys.get(task.getProcessInstanceId()),
                        task.getTaskDefinitionKey(), task.getName(), task.getFormKey(),
                        new Timestamp(task.getCreateTime().getTime()), due, due == null ? OpenWork.NO_DUE_DATE : due,
                        task.getPriority(), task.getAssignee(), inParallel, groups));
            }
        }
        return true;
    }
}
