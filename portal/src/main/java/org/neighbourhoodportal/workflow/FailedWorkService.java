package org.neighbourhoodportal.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Background work that failed, for administrators: what it was, for which record or INT, the error, when, and how
 * many tries are left, with retry and cancel. The engine tries a failed job again on its own (the retry policy, see
 * docs/operations.md); once no try is left the job waits here. Keeps the engine's jobs and incidents behind the
 * portal's words, so the page never sees an engine class.
 *
 * <p>Who may call: administrators only; anyone else gets {@link NotAllowedException}.
 */
@Service
@Transactional
public class FailedWorkService {

    /** The most the page lists: failed work is rare, and a flood of it is one cause to fix, not 10,000 rows to read. */
    public static final int LIMIT = 200;

    /** The engine variable a step keeps its INT in (the monthly schedule's per-INT jobs, most processes). */
    static final String TEAM_VARIABLE = "teamId";

    private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

    private final ManagementService management;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final HistoryService history;
    private final DirectoryService directory;
    private final CurrentUser currentUser;
    private final Map<String, ProcessRecordHandler> handlers;
    private final Clock clock;

    FailedWorkService(ManagementService management, RuntimeService runtime, RepositoryService repository,
                      HistoryService history, DirectoryService directory, CurrentUser currentUser,
                      List<ProcessRecordHandler> handlers, Clock clock) {
        this.management = management;
        this.runtime = runtime;
        this.repository = repository;
        this.history = history;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
        this.handlers = handlers.stream()
                .collect(Collectors.toMap(ProcessRecordHandler::processKey, Function.identity()));
    }

    /**
     * Work that failed at least once and has not succeeded since: what waits for someone first, then by when its
     * next try is due. At most {@link #LIMIT}.
     *
     * @throws NotAllowedException unless the caller is an administrator
     */
    @Transactional(readOnly = true)
    public List<FailedWork> failedWork() {
        requireAdministrator();
        List<Job> jobs = management.createJobQuery().withException().orderByJobDuedate().asc().listPage(0, LIMIT);
        Map<String, String> teams = teamsOf(jobs);
        Map<String, RecordReference> records = recordsOf(jobs);
        List<FailedWork> failed = new ArrayList<>();
        for (Job job : jobs) {
            String forRecord = "";
            String route = "";
            RecordReference record = records.get(job.getProcessInstanceId());
            if (record != null) {
                forRecord = record.subject();
                route = record.route();
            } else if (teams.containsKey(job.getId())) {
                forRecord = teams.get(job.getId());
            }
            failed.add(new FailedWork(job.getId(), stepName(job), processName(job.getProcessDefinitionId()), forRecord,
                    route, job.getExceptionMessage(), lastFailure(job.getId()), Math.max(job.getRetries(), 0),
                    job.getRetries() > 0 && job.getDuedate() != null ? job.getDuedate().toInstant() : null));
        }
        failed.sort((a, b) -> Boolean.compare(b.waitsForSomeone(), a.waitsForSomeone()));
        return failed;
    }

    /**
     * How many pieces of work wait for an administrator (failed with no try left), e.g. for a badge.
     *
     * @throws NotAllowedException unless the caller is an administrator
     */
    @Transactional(readOnly = true)
    public long countWaiting() {
        requireAdministrator();
        return management.createJobQuery().noRetriesLeft().count();
    }

    /**
     * Tries the work again now: one more try, due at once; the job executor picks it up within seconds. If it fails
     * again it is back on the list with no try left. Resolves the incident the engine raised.
     *
     * @throws NotAllowedException unless the caller is an administrator
     * @throws IllegalArgumentException when there is no such work (it has since succeeded or been cancelled)
     */
    public void retry(String id) {
        requireAdministrator();
        Job job = require(id);
        management.setJobRetries(job.getId(), Math.max(job.getRetries(), 1));
        management.setJobDuedate(job.getId(), Date.from(clock.instant()));
    }

    /**
     * Gives up on the work for good. A step run after a pause is removed from its process, which goes on where it
     * can (a monthly run whose last INT is cancelled ends). A timer on a step (a reminder, a deadline) is removed and
     * the step stays open. A schedule's failed run is skipped, and its next run stays as it was.
     *
     * @throws NotAllowedException unless the caller is an administrator
     * @throws IllegalArgumentException when there is no such work (it has since succeeded or been cancelled)
     */
    public void cancel(String id) {
        requireAdministrator();
        Job job = require(id);
        if (job.getProcessInstanceId() == null) {
            skipScheduleRun(job);
            return;
        }
        ActivityInstance parent = parentOf(runtime.getActivityInstance(job.getProcessInstanceId()),
                job.getExecutionId());
        if (parent == null) {
            management.deleteJob(job.getId());
            return;
        }
        TransitionInstance waiting = transitionIn(parent, job.getExecutionId());
        var modification = runtime.createProcessInstanceModification(job.getProcessInstanceId());
        String bodyOf = parent.getActivityId().endsWith(MULTI_INSTANCE_BODY)
                ? parent.getActivityId().substring(0, parent.getActivityId().length() - MULTI_INSTANCE_BODY.length())
                : null;
        // the tree also lists inner instances that have ended as transition instances, so count the step's jobs
        boolean lastOfItsRun = bodyOf != null && parent.getChildActivityInstances().length == 0
                && management.createJobQuery().processInstanceId(job.getProcessInstanceId())
                        .jobDefinitionId(job.getJobDefinitionId()).count() == 1;
        if (lastOfItsRun) {
            // the engine completes a multi-instance when its last instance ends, not when it is cancelled: the run
            // would wait for ever, so it moves on past the step as if the last instance had ended
            modification.cancelActivityInstance(parent.getId()).startTransition(onlyWayOut(job, bodyOf));
        } else {
            modification.cancelTransitionInstance(waiting.getId());
        }
        modification.execute();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void requireAdministrator() {
        if (!currentUser.require().administrator()) {
            throw new NotAllowedException("Only administrators can see and handle work that failed.");
        }
    }

    private Job require(String id) {
        Job job = management.createJobQuery().jobId(id).singleResult();
        if (job == null) {
            throw new IllegalArgumentException("That work is no longer waiting: it has run since, or someone "
                    + "cancelled it.");
        }
        return job;
    }

    /**
     * A timer start whose run failed: the engine has already set up the next run beside it, so the failed one is
     * removed. Should the next run be missing, the failed timer itself is moved on to the next time instead.
     */
    private void skipScheduleRun(Job job) {
        long timersOfTheSchedule = management.createJobQuery().jobDefinitionId(job.getJobDefinitionId()).timers()
                .count();
        if (timersOfTheSchedule > 1) {
            management.deleteJob(job.getId());
        } else {
            management.setJobRetries(job.getId(), 3);
            management.recalculateJobDuedate(job.getId(), false);
        }
    }

    /** The activity instance holding the step that waits on this execution (a job after a pause), or null. */
    private static ActivityInstance parentOf(ActivityInstance instance, String executionId) {
        if (instance == null) {
            return null;
        }
        if (transitionIn(instance, executionId) != null) {
            return instance;
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            ActivityInstance found = parentOf(child, executionId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static TransitionInstance transitionIn(ActivityInstance instance, String executionId) {
        for (TransitionInstance transition : instance.getChildTransitionInstances()) {
            if (transition.getExecutionId().equals(executionId)) {
                return transition;
            }
        }
        return null;
    }

    /** The one sequence flow leaving a step, in its model. */
    private String onlyWayOut(Job job, String activityId) {
        FlowNode node = repository.getBpmnModelInstance(job.getProcessDefinitionId()).getModelElementById(activityId);
        if (node == null || node.getOutgoing().size() != 1) {
            throw new IllegalStateException("Step " + activityId + " has no single way out; cancel it in the engine");
        }
        return node.getOutgoing().iterator().next().getId();
    }

    /** The step's name in the model: where it failed, else where the job sits (a timer, a pause before a step). */
    private String stepName(Job job) {
        String activityId = job.getFailedActivityId();
        if (activityId == null) {
            JobDefinition definition = job.getJobDefinitionId() == null ? null : management
                    .createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
            activityId = definition == null ? null : definition.getActivityId();
        }
        if (activityId == null || job.getProcessDefinitionId() == null) {
            return "Background work";
        }
        // the model is cached by the engine after its first read
        FlowElement element = repository.getBpmnModelInstance(job.getProcessDefinitionId())
                .getModelElementById(activityId.replace(MULTI_INSTANCE_BODY, ""));
        return element == null || element.getName() == null ? activityId : element.getName();
    }

    private String processName(String processDefinitionId) {
        if (processDefinitionId == null) {
            return "";
        }
        ProcessDefinition definition = repository.getProcessDefinition(processDefinitionId);
        return definition.getName() == null ? definition.getKey() : definition.getName();
    }

    private Instant lastFailure(String jobId) {
        List<HistoricJobLog> failures = history.createHistoricJobLogQuery().jobId(jobId).failureLog()
                .orderByTimestamp().desc().listPage(0, 1);
        return failures.isEmpty() ? null : failures.get(0).getTimestamp().toInstant();
    }

    /** The INT each job's step is for, where its process keeps one in {@value #TEAM_VARIABLE}; by job id. */
    private Map<String, String> teamsOf(List<Job> jobs) {
        Map<String, Long> teamOfJob = new HashMap<>();
        for (Job job : jobs) {
            if (job.getExecutionId() != null
                    && runtime.getVariable(job.getExecutionId(), TEAM_VARIABLE) instanceof Number team) {
                teamOfJob.put(job.getId(), team.longValue());
            }
        }
        Map<Long, String> names = directory.teams(new LinkedHashSet<>(teamOfJob.values())).stream()
                .collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
        Map<String, String> named = new HashMap<>();
        teamOfJob.forEach((job, team) -> named.put(job, names.getOrDefault(team, "INT " + team)));
        return named;
    }

    /**
     * The records behind the jobs' processes, by process instance id, as each feature names them for an
     * administrator. A feature that does not show the record to an administrator leaves it out, and the INT is
     * named instead.
     */
    private Map<String, RecordReference> recordsOf(List<Job> jobs) {
        Map<String, Map<String, String>> keysByProcess = new HashMap<>();
        Set<String> instances = jobs.stream().map(Job::getProcessInstanceId).filter(id -> id != null)
                .collect(Collectors.toSet());
        if (instances.isEmpty()) {
            return Map.of();
        }
        runtime.createProcessInstanceQuery().processInstanceIds(instances).list().stream()
                .filter(instance -> instance.getBusinessKey() != null)
                .forEach(instance -> keysByProcess.computeIfAbsent(definitionKey(instance.getProcessDefinitionId()),
                        k -> new HashMap<>()).put(instance.getBusinessKey(), instance.getId()));
        Map<String, RecordReference> records = new HashMap<>();
        keysByProcess.forEach((processKey, instanceByKey) -> {
            ProcessRecordHandler handler = handlers.get(processKey);
            if (handler == null) {
                return;
            }
            Map<String, RecordReference> described = describe(handler, instanceByKey.keySet());
            described.forEach((businessKey, reference) -> records.put(instanceByKey.get(businessKey), reference));
        });
        return records;
    }

    private static Map<String, RecordReference> describe(ProcessRecordHandler handler, Collection<String> keys) {
        try {
            return handler.describe(keys);
        } catch (NotAllowedException notShownToAdministrators) {
            return Map.of();
        }
    }

    private String definitionKey(String processDefinitionId) {
        return repository.getProcessDefinition(processDefinitionId).getKey();
    }
}
