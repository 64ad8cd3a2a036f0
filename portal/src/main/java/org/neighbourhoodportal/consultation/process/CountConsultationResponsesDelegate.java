package org.neighbourhoodportal.consultation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.ConsultationProcess;
import org.springframework.stereotype.Component;

/** The round has ended: closes the consultation and tells the process whether anyone responded. */
@Component(ConsultationProcess.DELEGATE_COUNT_RESPONSES)
class CountConsultationResponsesDelegate implements JavaDelegate {

    private final ConsultationSteps steps;

    CountConsultationResponsesDelegate(ConsultationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean any = steps.closed((Long) execution.getVariable(ConsultationProcess.VAR_CONSULTATION_ID));
        execution.setVariable(ConsultationProcess.VAR_ANY_RESPONSES, any);
    }
}
