package org.neighbourhoodportal.consultation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.ConsultationProcess;
import org.springframework.stereotype.Component;

/** No outcome within 12 weeks of closing: tells the INT's leads and its ICB's managers. */
@Component(ConsultationProcess.DELEGATE_ESCALATE_OVERDUE_OUTCOME)
class EscalateOverdueOutcomeDelegate implements JavaDelegate {

    private final ConsultationSteps steps;

    EscalateOverdueOutcomeDelegate(ConsultationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.outcomeOverdue((Long) execution.getVariable(ConsultationProcess.VAR_CONSULTATION_ID));
    }
}
