package org.neighbourhoodportal.workflow;

import java.sql.Timestamp;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Keeps {@link OpenWork} in step with one kind of user task, inside the engine's command and so in the same
 * transaction: if the engine's change rolls back, so does the read model's. A created task is also announced as
 * {@link TaskOffered}, in the same transaction. {@link OpenWorkPlugin} adds one to every
 * user task of every deployed process; nothing in the models refers to it.
 */
final class OpenWorkListener implements TaskListener {

    private static final String LOOP_COUNTER = "loopCounter";

    private final OpenWork openWork;
    private final ApplicationEventPublisher published;
    private final String processKey;

    OpenWorkListener(OpenWork openWork, ApplicationEventPublisher published, String processKey) {
        this.openWork = openWork;
        this.published = published;
        this.processKey = processKey;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> {
                OpenWork.Row row = row(task, true);
                openWork.insert(row);
                published.publishEvent(offered(row));
            }
            case EVENTNAME_ASSIGNMENT -> openWork.assign(task.getId(), task.getAssignee());
            case EVENTNAME_UPDATE -> openWork.update(row(task, false));
            case EVENTNAME_COMPLETE, EVENTNAME_DELETE -> openWork.remove(task.getId());
            default -> { }
        }
    }

    /** Says who the new task is for, in the portal's words; {@link TaskOffered}. */
    private static TaskOffered offered(OpenWork.Row row) {
        Long assignee = null;
        if (row.assignee() != null) {
            try {
                assignee = Long.valueOf(row.assignee());
            } catch (NumberFormatException notAPerson) {
                // an engine user that is not one of the portal's people is told nothing
            }
        }
        return new TaskOffered(row.taskId(), row.processKey(), row.businessKey(), row.name(), assignee, row.groups(),
                row.due() == null ? null : row.due().toInstant(), "tasks/" + row.taskId());
    }

    private OpenWork.Row row(DelegateTask task, boolean created) {
        Set<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        String formKey = null;
        boolean inParallel = false;
        String businessKey = null;
        if (created) {
            businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
            // only the insert writes these; they do not change while the task is open, and reading them later could
            // cost the update a query for the execution
            if (task instanceof TaskEntity entity) {
                entity.initializeFormKey();
                formKey = entity.getFormKey();
            }
            // one of several parallel tasks (e.g. one per PPG): its answer is kept in its own scope on completion
            inParallel = task.getExecution() != null && task.getExecution().getVariableLocal(LOOP_COUNTER) != null;
        }
        Timestamp due = task.getDueDate() == null ? null : new Timestamp(task.getDueDate().getTime());
        return new OpenWork.Row(task.getId(), task.getExecutionId(), task.getProcessInstanceId(), processKey,
                businessKey, task.getTaskDefinitionKey(), task.getName(), formKey,
                new Timestamp(task.getCreateTime().getTime()), due, due == null ? OpenWork.NO_DUE_DATE : due,
                task.getPriority(), task.getAssignee(), inParallel, groups);
    }
}
