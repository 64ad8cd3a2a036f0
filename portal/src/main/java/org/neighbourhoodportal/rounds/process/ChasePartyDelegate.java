package org.neighbourhoodportal.rounds.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.ResponseRound;
import org.springframework.stereotype.Component;

/**
 * The lead chased one party: its open task goes to the top of its people's inbox (and shows as escalated). The round
 * service has recorded the chase and told the party. Safe to run twice.
 */
@Component(ResponseRound.DELEGATE_CHASE_PARTY)
class ChasePartyDelegate implements JavaDelegate {

    static final int CHASED_PRIORITY = 90;

    @Override
    public void execute(DelegateExecution execution) {
        String group = (String) execution.getVariable(ResponseRound.VAR_CHASED_GROUP);
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(ResponseRound.TASK_ANSWER_ROUND).taskCandidateGroup(group).list()
                .forEach(task -> tasks.setPriority(task.getId(), CHASED_PRIORITY));
    }
}
