package org.neighbourhoodportal.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.forms.FormSubmission;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seam between the portal and the process engine for people's tasks (features start processes through
 * {@link ProcessService}). People work on tasks only through here, so the engine (Camunda 7 today, Operaton tomorrow) is a contained change. Every method acts as the
 * signed-in person and checks they may.
 */
@Service
@Transactional
public class WorkflowService {

    private static final String NOT_YOURS = "That task is not yours to see, or it has already been done.";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final CurrentUser currentUser;
    private final DirectoryService directory;
    private final FormCatalogue forms;
    private final Map<String, ProcessRecordHandler> handlers;
    private final Map<String, String> processKeys = new ConcurrentHashMap<>();

    WorkflowService(RuntimeService runtime, TaskService tasks, RepositoryService repository, IdentityService identity,
                    CurrentUser currentUser, DirectoryService directory, FormCatalogue forms,
                    List<ProcessRecordHandler> handlers) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.repository = repository;
        this.identity = identity;
        this.currentUser = currentUser;
        this.directory = directory;
        this.forms = forms;
        this.handlers = handlers.stream()
                .collect(Collectors.toMap(ProcessRecordHandler::processKey, Function.identity()));
    }

    /** Tasks the caller has picked up. */
    @Transactional(readOnly = true)
    public List<WorkItem> myTasks(int offset, int limit) {
        return describe(mine().listPage(offset, limit));
    }

    @Transactional(readOnly = true)
    public long countMyTasks() {
        return mine().count();
    }

    /** Tasks offered to the caller's teams and groups, picked up by nobody or by someone else. */
    @Transactional(readOnly = true)
    public List<WorkItem> teamTasks(int offset, int limit) {
        TaskQuery query = offered();
        return query == null ? List.of() : describe(query.listPage(offset, limit));
    }

    @Transactional(readOnly = true)
    public long countTeamTasks() {
        TaskQuery query = offered();
        return query == null ? 0 : query.count();
    }

    /** Everything the caller could act on now: their own and their groups' tasks, soonest due first. */
    @Transactional(readOnly = true)
    public List<WorkItem> openWork(int limit) {
        AccessProfile me = currentUser.require();
        Set<String> groups = me.workGroups();
        TaskQuery query = tasks.createTaskQuery().initializeFormKeys();
        if (groups.isEmpty()) {
            query.taskAssignee(userId(me));
        } else {
            query.or().taskAssignee(userId(me)).taskCandidateGroupIn(List.copyOf(groups)).endOr();
        }
        return describe(query.orderByTaskPriority().desc().orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, limit));
    }

    /** The caller's open tasks on one record, e.g. to offer "do this now" on the record's page. */
    @Transactional(readOnly = true)
    public List<WorkItem> openWorkOn(String processKey, String businessKey) {
        AccessProfile me = currentUser.require();
        Set<String> groups = me.workGroups();
        TaskQuery query = tasks.createTaskQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).initializeFormKeys();
        if (groups.isEmpty()) {
            query.taskAssignee(userId(me));
        } else {
            query.or().taskAssignee(userId(me)).taskCandidateGroupIn(List.copyOf(groups)).endOr();
        }
        return describe(query.orderByTaskCreateTime().asc().list());
    }

    @Transactional(readOnly = true)
    public WorkItem task(String taskId) {
        return describe(List.of(visibleTask(taskId))).get(0);
    }

    public void claim(String taskId) {
        AccessProfile me = currentUser.require();
        Task task = visibleTask(taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(userId(me))) {
            throw new NotAllowedException("Someone else has already picked this up.");
        }
        tasks.claim(taskId, userId(me));
    }

    public void unclaim(String taskId) {
        AccessProfile me = currentUser.require();
        Task task = visibleTask(taskId);
        if (!userId(me).equals(task.getAssignee())) {
            throw new NotAllowedException("Only the person who picked this up can hand it back.");
        }
        tasks.setAssignee(taskId, null);
    }

    @Transactional(readOnly = true)
    public TaskForm form(String taskId) {
        WorkItem item = task(taskId);
        ProcessRecordHandler handler = handler(item.processKey());
        return new TaskForm(forms.form(item.formKey()), handler.formOptions(item), handler.prefill(item));
    }

    /**
     * Validates the form on the server and, if it is right, saves the record and completes the task in one
     * transaction. A refused form changes nothing.
     */
    public TaskOutcome complete(String taskId, Map<String, Object> raw) {
        AccessProfile me = currentUser.require();
        WorkItem item = task(taskId);
        if (item.assigneeId() != null && item.assigneeId() != me.personId()) {
            throw new NotAllowedException("Someone else has picked this up.");
        }
        ProcessRecordHandler handler = handler(item.processKey());
        FormSubmission submission = forms.validate(item.formKey(), raw, handler.formOptions(item));
        if (!submission.isValid()) {
            return TaskOutcome.refused(submission.errors());
        }
        handler.taskCompleted(item, submission.values());
        if (item.assigneeId() == null) {
            tasks.claim(taskId, userId(me));
        }
        identity.setAuthenticatedUserId(userId(me));
        try {
            Map<String, Object> values = ProcessService.engineValues(submission.values());
            String execution = tasks.createTaskQuery().taskId(taskId).singleResult().getExecutionId();
            if (runtime.getVariableLocal(execution, "loopCounter") != null) {
                // One of several parallel tasks (e.g. one per PPG): keep each answer in its own scope, so the
                // answers do not overwrite each other in the process.
                runtime.setVariablesLocal(execution, values);
                tasks.complete(taskId);
            } else {
                tasks.complete(taskId, values);
            }
        } finally {
            identity.clearAuthentication();
        }
        return TaskOutcome.done();
    }

    @Transactional(readOnly = true)
    public List<TaskComment> comments(String taskId) {
        Task task = visibleTask(taskId);
        return tasks.getTaskComments(task.getId()).stream()
                .map(c -> new TaskComment(personName(c.getUserId()), c.getTime().toInstant(), c.getFullMessage()))
                .toList();
    }

    public void addComment(String taskId, String text) {
        AccessProfile me = currentUser.require();
        Task task = visibleTask(taskId);
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Write a comment first.");
        }
        if (trimmed.length() > 2000) {
            throw new IllegalArgumentException("Comments must be 2000 characters or fewer.");
        }
        identity.setAuthenticatedUserId(userId(me));
        try {
            tasks.createComment(task.getId(), task.getProcessInstanceId(), trimmed);
        } finally {
            identity.clearAuthentication();
        }
    }

    private TaskQuery mine() {
        AccessProfile me = currentUser.require();
        return tasks.createTaskQuery().taskAssignee(userId(me)).initializeFormKeys()
                .orderByTaskPriority().desc().orderByDueDate().asc().orderByTaskCreateTime().asc();
    }

    private TaskQuery offered() {
        AccessProfile me = currentUser.require();
        Set<String> groups = me.workGroups();
        if (groups.isEmpty()) {
            return null;
        }
        return tasks.createTaskQuery().taskCandidateGroupIn(List.copyOf(groups)).includeAssignedTasks()
                .initializeFormKeys().orderByTaskPriority().desc().orderByDueDate().asc().orderByTaskCreateTime().asc();
    }

    /** The task, if the caller is its assignee or in one of its candidate groups; otherwise as if it did not exist. */
    private Task visibleTask(String taskId) {
        AccessProfile me = currentUser.require();
        Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            throw new NotAllowedException(NOT_YOURS);
        }
        if (userId(me).equals(task.getAssignee())) {
            return task;
        }
        Set<String> groups = me.workGroups();
        if (candidateGroups(taskId).stream().noneMatch(groups::contains)) {
            throw new NotAllowedException(NOT_YOURS);
        }
        return task;
    }

    private List<WorkItem> describe(List<Task> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeys = runtime.createProcessInstanceQuery()
                .processInstanceIds(instanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, p -> Objects.toString(p.getBusinessKey(), "")));
        Map<String, List<Task>> byProcess = new LinkedHashMap<>();
        page.forEach(t -> byProcess.computeIfAbsent(processKey(t.getProcessDefinitionId()), k -> new ArrayList<>()).add(t));
        Map<String, RecordReference> references = new HashMap<>();
        byProcess.forEach((processKey, processTasks) -> {
            Collection<String> keys = processTasks.stream().map(t -> businessKeys.get(t.getProcessInstanceId())).toList();
            handler(processKey).describe(keys).forEach((k, v) -> references.put(processKey + "/" + k, v));
        });
        List<WorkItem> items = new ArrayList<>(page.size());
        for (Task t : page) {
            String processKey = processKey(t.getProcessDefinitionId());
            String businessKey = businessKeys.get(t.getProcessInstanceId());
            RecordReference reference = references.getOrDefault(processKey + "/" + businessKey,
                    new RecordReference("", ""));
            Long assignee = t.getAssignee() == null ? null : Long.valueOf(t.getAssignee());
            items.add(new WorkItem(t.getId(), t.getName(), t.getTaskDefinitionKey(), processKey, businessKey,
                    t.getFormKey(), reference.subject(), reference.route(), t.getCreateTime().toInstant(),
                    t.getDueDate() == null ? null : t.getDueDate().toInstant(), assignee,
                    assignee == null ? null : directory.personName(assignee), t.getPriority(),
                    candidateGroups(t.getId())));
        }
        return items;
    }

    private Set<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private String processKey(String processDefinitionId) {
        return processKeys.computeIfAbsent(processDefinitionId, id -> {
            ProcessDefinition definition = repository.getProcessDefinition(id);
            return definition.getKey();
        });
    }

    private ProcessRecordHandler handler(String processKey) {
        ProcessRecordHandler handler = handlers.get(processKey);
        if (handler == null) {
            throw new IllegalStateException("No feature handles process " + processKey);
        }
        return handler;
    }

    private String personName(String userId) {
        try {
            return userId == null ? "The portal" : directory.personName(Long.parseLong(userId));
        } catch (NumberFormatException e) {
            return userId;
        }
    }

    /** The engine's user id for a person: their directory id. */
    static String userId(AccessProfile person) {
        return Long.toString(person.personId());
    }

}
