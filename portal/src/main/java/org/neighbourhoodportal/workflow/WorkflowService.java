package org.neighbourhoodportal.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.forms.FormDefinition;
import org.neighbourhoodportal.forms.FormSubmission;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.timeline.Credit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

    private final TaskService tasks;
    private final OpenWork openWork;
    private final IdentityService identity;
    private final CurrentUser currentUser;
    private final DirectoryService directory;
    private final FormCatalogue forms;
    private final Map<String, ProcessRecordHandler> handlers;
    private final Clock clock;
    private ConflictRetry retry;
    private EngineCompletion engineSteps;
    private FurtherAnswers furtherAnswers;

    WorkflowService(TaskService tasks, OpenWork openWork, IdentityService identity,
                    CurrentUser currentUser, DirectoryService directory, FormCatalogue forms,
                    List<ProcessRecordHandler> handlers, Clock clock) {
        this.tasks = tasks;
        this.openWork = openWork;
        this.identity = identity;
        this.currentUser = currentUser;
        this.directory = directory;
        this.forms = forms;
        this.clock = clock;
        this.handlers = handlers.stream()
                .collect(Collectors.toMap(ProcessRecordHandler::processKey, Function.identity()));
    }

    @Autowired
    void setConflictRetry(ConflictRetry retry) {
        this.retry = retry;
    }

    @Autowired
    void setEngineCompletion(EngineCompletion engineSteps) {
        this.engineSteps = engineSteps;
    }

    @Autowired
    void setFurtherAnswers(FurtherAnswers furtherAnswers) {
        this.furtherAnswers = furtherAnswers;
    }

    /**
     * The portal clock's current moment, for views that mark which tasks are overdue or due soon. For anyone signed
     * in.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    public Instant now() {
        currentUser.require();
        return clock.instant();
    }

    /**
     * Tasks the caller has picked up, highest priority and soonest due first; {@code offset} rows skipped.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    @Transactional(readOnly = true)
    public List<WorkItem> myTasks(int offset, int limit) {
        return describe(openWork.assignedTo(userId(currentUser.require()), null, offset, limit));
    }

    /**
     * The next page of {@link #myTasks}: up to {@code limit} tasks that come after {@code after} (a task from the
     * previous page, or null for the first page). Pages on the ordering key, not an offset, so a task finished by
     * someone else meanwhile neither repeats a task nor skips one.
     */
    @Transactional(readOnly = true)
    public List<WorkItem> myTasksAfter(WorkItem after, int limit) {
        return describe(openWork.assignedTo(userId(currentUser.require()), OpenWork.Cursor.after(after), 0, limit));
    }

    /**
     * How many open tasks the caller has picked up. For anyone signed in.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    @Transactional(readOnly = true)
    public long countMyTasks() {
        return openWork.countAssignedTo(userId(currentUser.require()));
    }

    /** Tasks offered to the caller's teams and groups, picked up by nobody or by someone else. */
    @Transactional(readOnly = true)
    public List<WorkItem> teamTasks(int offset, int limit) {
        return describe(openWork.offeredTo(currentUser.require().workGroups(), null, null, offset, limit));
    }

    /** The next page of {@link #teamTasks} after {@code after} (null: the first page); see {@link #myTasksAfter}. */
    @Transactional(readOnly = true)
    public List<WorkItem> teamTasksAfter(WorkItem after, int limit) {
        return describe(openWork.offeredTo(currentUser.require().workGroups(), null, OpenWork.Cursor.after(after),
                0, limit));
    }

    /**
     * How many open tasks are offered to the caller's teams and groups (all of {@link #teamTasks}, not a page).
     *
     * @throws NotAllowedException when nobody is signed in
     */
    @Transactional(readOnly = true)
    public long countTeamTasks() {
        return openWork.count(currentUser.require().workGroups(), null, Instant.EPOCH, Instant.EPOCH).open();
    }

    /** Everything the caller could act on now: their own and their groups' tasks, highest priority and soonest due first. */
    @Transactional(readOnly = true)
    public List<WorkItem> openWork(int limit) {
        AccessProfile me = currentUser.require();
        return describe(openWork.offeredTo(me.workGroups(), userId(me), null, 0, limit));
    }

    /**
     * How much {@link #openWork} there is in all, not only the first page: open tasks, those overdue at
     * {@code now}, and those due within {@code window} of it. One statement.
     */
    @Transactional(readOnly = true)
    public WorkCounts openWorkCounts(Instant now, Duration window) {
        AccessProfile me = currentUser.require();
        OpenWork.Counts counts = openWork.count(me.workGroups(), userId(me), now, now.plus(window));
        return new WorkCounts(counts.open(), counts.overdue(), counts.dueSoon());
    }

    /** The caller's open tasks on one record, e.g. to offer "do this now" on the record's page. */
    @Transactional(readOnly = true)
    public List<WorkItem> openWorkOn(String processKey, String businessKey) {
        AccessProfile me = currentUser.require();
        return describe(openWork.onRecord(processKey, businessKey).stream().filter(row -> mayWorkOn(me, row))
                .toList());
    }

    /**
     * One task the caller may see (assigned to them, or offered to one of their groups).
     *
     * @throws NotAllowedException if it is not theirs to see, or has ended (done by someone, or its process stopped)
     */
    @Transactional(readOnly = true)
    public WorkItem task(String taskId) {
        return describe(List.of(visibleTask(taskId))).get(0);
    }

    /**
     * The caller picks the task up, so their team sees who is on it.
     *
     * @throws NotAllowedException when the task is not theirs to see, has ended, or someone else has picked it up
     */
    public void claim(String taskId) {
        AccessProfile me = currentUser.require();
        OpenWork.Row task = visibleTask(taskId);
        if (task.assignee() != null && !task.assignee().equals(userId(me))) {
            throw new NotAllowedException("Someone else has already picked this up.");
        }
        try {
            tasks.claim(taskId, userId(me));
        } catch (TaskAlreadyClaimedException e) { // picked up by someone else since it was read above
            throw new NotAllowedException("Someone else has already picked this up.");
        }
    }

    /**
     * The caller hands a task they picked up back to their team.
     *
     * @throws NotAllowedException when the task is not theirs to see, or was picked up by someone else (or nobody)
     */
    public void unclaim(String taskId) {
        AccessProfile me = currentUser.require();
        OpenWork.Row task = visibleTask(taskId);
        if (!userId(me).equals(task.assignee())) {
            throw new NotAllowedException("Only the person who picked this up can hand it back.");
        }
        tasks.setAssignee(taskId, null);
    }

    /**
     * The task's form, with the choices it offers and the values it starts with, for anyone who may do the task.
     *
     * @throws NotAllowedException when the task is not the caller's to see, or has ended
     */
    @Transactional(readOnly = true)
    public TaskForm form(String taskId) {
        WorkItem item = task(taskId);
        ProcessRecordHandler handler = handler(item.processKey());
        return new TaskForm(forms.form(item.formKey(), processDefinitionOf(taskId)), handler.formOptions(item),
                handler.prefill(item));
    }

    /**
     * Validates the form on the server and, if it is right, saves the record and completes the task in one
     * transaction. A refused form changes nothing. When the completion loses a race that is not about the task itself
     * (a sibling task of the same parallel step done at the same moment, a deadlock with a timer), it is run again in
     * a new transaction, so both people's answers are saved.
     *
     * @param taskId a task the signed-in person may see
     * @param raw    the form's values by field key, as entered
     * @return done, or refused with each problem by field
     * @throws NotAllowedException   when the task is not the caller's to do
     * @throws TaskConflictException when someone else has just done this task, or the race was lost every time;
     *                               nothing was saved
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // each attempt runs in a transaction of its own
    public TaskOutcome complete(String taskId, Map<String, Object> raw) {
        // The caller's profile is read inside the attempt's transaction (once: the feature's handler finds it there);
        // the retry reads it again only when an attempt failed and it must tell "done by someone else" apart.
        return retry.completing(taskId, currentUser::require, () -> completeOnce(taskId, raw));
    }

    private TaskOutcome completeOnce(String taskId, Map<String, Object> raw) {
        AccessProfile me = currentUser.require();
        OpenWork.Row row = visibleTask(me, taskId);
        WorkItem item = describe(List.of(row)).get(0);
        if (item.assigneeId() != null && item.assigneeId() != me.personId()) {
            throw new NotAllowedException("Someone else has picked this up.");
        }
        ProcessRecordHandler handler = handler(item.processKey());
        String processDefinitionId = processDefinitionOf(taskId);
        FormDefinition form = forms.form(item.formKey(), processDefinitionId);
        Map<String, List<org.neighbourhoodportal.forms.Option>> options = handler.formOptions(item);
        FormSubmission submission = forms.validate(form, raw, options);
        if (!submission.isValid()) {
            return TaskOutcome.refused(submission.errors());
        }
        ReadTrackingValues given = new ReadTrackingValues(submission.values());
        handler.taskCompleted(item, given);
        Map<String, Object> notKept = given.unread();
        notKept.keySet().removeAll(handler.fieldsTheProcessReads());
        if (!notKept.isEmpty()) {
            furtherAnswers.keep(item, new RecordReference(item.subject(), item.recordRoute()),
                    handler.timelineRecord(item.businessKey()), form, forms.version(processDefinitionId), notKept,
                    options, Credit.person(me));
        }
        Map<String, Object> values = ProcessService.engineValues(decisionsOnly(form, submission.values()),
                clock.getZone());
        engineSteps.claimAndComplete(taskId, item.assigneeId() == null ? userId(me) : null, userId(me),
                row.inParallel() ? row.executionId() : null, values);
        return TaskOutcome.done();
    }

    /** The task's comments, oldest first, with their writers' names (one query for all the names). */
    @Transactional(readOnly = true)
    public List<TaskComment> comments(String taskId) {
        OpenWork.Row task = visibleTask(taskId);
        List<org.camunda.bpm.engine.task.Comment> comments = tasks.getTaskComments(task.taskId());
        Set<Long> writers = comments.stream().map(c -> c.getUserId() == null ? null : personId(c.getUserId()))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> names = writers.isEmpty() ? Map.of() : directory.personNames(writers);
        return comments.stream()
                .map(c -> new TaskComment(personName(c.getUserId(), names), c.getTime().toInstant(), c.getFullMessage()))
                .toList();
    }

    /**
     * Adds the caller's comment to the task (2000 characters at most), for anyone who may see the task.
     *
     * @throws NotAllowedException      when the task is not the caller's to see, or has ended
     * @throws IllegalArgumentException when the comment is empty or too long; the message says which, for the person
     */
    public void addComment(String taskId, String text) {
        AccessProfile me = currentUser.require();
        OpenWork.Row task = visibleTask(taskId);
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Write a comment first.");
        }
        if (trimmed.length() > 2000) {
            throw new IllegalArgumentException("Comments must be 2000 characters or fewer.");
        }
        identity.setAuthenticatedUserId(userId(me));
        try {
            tasks.createComment(task.taskId(), task.processInstanceId(), trimmed);
        } finally {
            identity.clearAuthentication();
        }
    }

    /**
     * Hands every task a person had picked up back to the groups it was offered to, because their account has been
     * switched off; a task offered to nobody else goes to the leads of {@code fallbackTeamId} (when given). For
     * administrators only (directory administration calls it when it switches an account off).
     *
     * @return the tasks handed back, as they now stand (nobody on them)
     * @throws NotAllowedException unless an administrator is signed in
     */
    public List<WorkItem> returnTasksOf(long personId, Long fallbackTeamId) {
        AccessProfile me = currentUser.require();
        if (!me.administrator()) {
            throw new NotAllowedException("Only administrators can hand someone else's tasks back.");
        }
        List<OpenWork.Row> theirs = openWork.assignedTo(Long.toString(personId), null, 0, 10_000);
        for (OpenWork.Row task : theirs) {
            if (task.groups().isEmpty() && fallbackTeamId != null) {
                tasks.addCandidateGroup(task.taskId(), org.neighbourhoodportal.directory.WorkGroups
                        .teamLeads(fallbackTeamId));
            }
            tasks.setAssignee(task.taskId(), null);
        }
        return describe(theirs.stream().map(t -> openWork.find(t.taskId()).orElse(t)).toList());
    }

    /** The task, if the caller is its assignee or in one of its candidate groups; otherwise as if it did not exist. */
    private OpenWork.Row visibleTask(String taskId) {
        return visibleTask(currentUser.require(), taskId);
    }

    private OpenWork.Row visibleTask(AccessProfile me, String taskId) {
        return openWork.find(taskId).filter(row -> mayWorkOn(me, row))
                .orElseThrow(() -> new NotAllowedException(NOT_YOURS));
    }

    private static boolean mayWorkOn(AccessProfile me, OpenWork.Row row) {
        return userId(me).equals(row.assignee()) || row.groups().stream().anyMatch(me.workGroups()::contains);
    }

    /**
     * Rows of the read model in the portal's words. A fixed number of statements whatever the page's length: one
     * per kind of record on the page (the features' titles) and one for the assignees' names.
     */
    private List<WorkItem> describe(List<OpenWork.Row> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<String, RecordReference> references = new HashMap<>();
        Map<String, List<String>> keysByProcess = new LinkedHashMap<>();
        page.stream().filter(r -> r.businessKey() != null).forEach(r ->
                keysByProcess.computeIfAbsent(r.processKey(), k -> new ArrayList<>()).add(r.businessKey()));
        keysByProcess.forEach((processKey, keys) -> {
            ProcessRecordHandler handler = handlers.get(processKey);
            if (handler != null) {
                handler.describe(keys).forEach((k, v) -> references.put(processKey + "/" + k, v));
            }
        });
        Set<Long> assignees = page.stream().map(OpenWork.Row::assignee).filter(Objects::nonNull)
                .map(WorkflowService::personId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> names = assignees.isEmpty() ? Map.of() : directory.personNames(assignees);
        List<WorkItem> items = new ArrayList<>(page.size());
        for (OpenWork.Row t : page) {
            RecordReference reference = references.getOrDefault(t.processKey() + "/" + t.businessKey(),
                    new RecordReference("", ""));
            Long assignee = t.assignee() == null ? null : personId(t.assignee());
            items.add(new WorkItem(t.taskId(), t.name(), t.taskKey(), t.processKey(),
                    Objects.toString(t.businessKey(), ""), t.formKey(), reference.subject(), reference.route(),
                    t.created().toInstant(), t.due() == null ? null : t.due().toInstant(), assignee,
                    assignee == null ? null : names.getOrDefault(assignee, "Someone no longer in the directory"),
                    t.priority(), t.groups()));
        }
        return items;
    }

    private static Long personId(String userId) {
        try {
            return Long.valueOf(userId);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private ProcessRecordHandler handler(String processKey) {
        ProcessRecordHandler handler = handlers.get(processKey);
        if (handler == null) {
            throw new IllegalStateException("No feature handles process " + processKey);
        }
        return handler;
    }

    private static String personName(String userId, Map<Long, String> names) {
        if (userId == null) {
            return "The portal";
        }
        Long id = personId(userId);
        return id == null ? userId : names.getOrDefault(id, "Someone no longer in the directory");
    }

    /**
     * What the process needs from a submitted form: the choices, ids, numbers and dates its gateways, assignments and
     * steps read. What people wrote in their own words (text fields and areas) stays in the feature's records, the
     * one source of truth, and never becomes a process variable.
     */
    private static Map<String, Object> decisionsOnly(FormDefinition form, Map<String, Object> values) {
        Map<String, Object> decisions = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (form.field(key).map(field -> !field.type().isFreeText()).orElse(false)) {
                decisions.put(key, value);
            }
        });
        return decisions;
    }

    /** The process definition the task's instance runs on, whose deployment holds the task's form. */
    private String processDefinitionOf(String taskId) {
        org.camunda.bpm.engine.task.Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return task == null ? null : task.getProcessDefinitionId();
    }

    /** The engine's user id for a person: their directory id. */
    static String userId(AccessProfile person) {
        return Long.toString(person.personId());
    }

}
