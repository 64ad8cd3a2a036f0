package org.neighbourhoodportal.feedback.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.PpgFeedbackProcess;
import org.springframework.stereotype.Component;

/**
 * The acknowledgement is overdue: marks the item escalated (ICB managers see it in their list), and raises the
 * still-open acknowledgement task to high priority so it tops every lead's inbox. Safe to run twice.
 */
@Component(PpgFeedbackProcess.DELEGATE_ESCALATE_ACKNOWLEDGEMENT)
class EscalateAcknowledgementDelegate implements JavaDelegate {

    static final int ESCALATED_PRIORITY = 90;

    private final FeedbackSteps feedback;

    EscalateAcknowledgementDelegate(FeedbackSteps feedback) {
        this.feedback = feedback;
    }

    @Override
    public void execute(DelegateExecution execution) {
        feedback.escalated((Long) execution.getVariable(PpgFeedbackProcess.VAR_FEEDBACK_ID));
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(PpgFeedbackProcess.TASK_ACKNOWLEDGE_FEEDBACK).list()
                .forEach(task -> tasks.setPriority(task.getId(), ESCALATED_PRIORITY));
    }
}
