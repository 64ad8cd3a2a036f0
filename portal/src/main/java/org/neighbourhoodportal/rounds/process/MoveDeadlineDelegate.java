package org.neighbourhoodportal.rounds.process;

import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.neighbourhoodportal.processes.ResponseRound;
import org.springframework.stereotype.Component;

/**
 * The lead extended the deadline: the deadline timer, the "closing soon" reminder (if it has not fired yet) and the
 * due date of every open task move to the new closesAt and remindAt. The tasks themselves stay, so a form someone has
 * open is still theirs to send (docs/adr/0010: why the timers are moved rather than the tasks made again).
 */
@Component(ResponseRound.DELEGATE_MOVE_DEADLINE)
class MoveDeadlineDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Date closesAt = (Date) execution.getVariable(ResponseRound.VAR_CLOSES_AT);
        Date remindAt = (Date) execution.getVariable(ResponseRound.VAR_REMIND_AT);
        ManagementService management = execution.getProcessEngineServices().getManagementService();
        for (Job timer : management.createJobQuery().processInstanceId(execution.getProcessInstanceId()).timers()
                .list()) {
            String activity = timer instanceof JobEntity entity ? entity.getActivityId() : null;
            if (ResponseRound.TIMER_ROUND_DEADLINE.equals(activity)) {
                management.setJobDuedate(timer.getId(), closesAt);
            } else if (ResponseRound.TIMER_ROUND_CLOSING_SOON.equals(activity)) {
                management.setJobDuedate(timer.getId(), remindAt);
            }
        }
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(ResponseRound.TASK_ANSWER_ROUND).list()) {
            task.setDueDate(closesAt);
            tasks.saveTask(task);
        }
    }
}
