package org.neighbourhoodportal.governance.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.MeetingActionReminders;
import org.springframework.stereotype.Component;

/** The morning run: reminds the owners of meeting actions due soon and tells those whose actions are overdue. */
@Component(MeetingActionReminders.DELEGATE_REMIND_ACTION_OWNERS)
class RemindActionOwnersDelegate implements JavaDelegate {

    private final ActionReminderSteps steps;

    RemindActionOwnersDelegate(ActionReminderSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.remindOwners();
    }
}
