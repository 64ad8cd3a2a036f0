package org.neighbourhoodportal.governance.process;

import org.neighbourhoodportal.governance.GovernanceTimelines;
import static org.neighbourhoodportal.processes.LeadershipGroupFormation.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.governance.LeadershipGroupService;
import org.neighbourhoodportal.workflow.RecordProcessHandler;
import org.neighbourhoodportal.workflow.WorkItem;
import org.springframework.stereotype.Component;

/**
 * Saves the lead's steps in forming a leadership group (resolving gaps, confirming) into the group's records. The
 * organisations' nominations come through the round of answers ({@link NominationRoundAnswers}).
 */
@Component
class LeadershipGroupHandler extends RecordProcessHandler {

    static final String NOMINATION_OPTIONS = "nominations";

    private final LeadershipSteps steps;

    LeadershipGroupHandler(LeadershipGroupService groups, LeadershipSteps steps) {
        super(KEY, GovernanceTimelines::group, groups::titles, "Leadership group: ", "governance/groups/");
        this.steps = steps;
    }

    @Override
    public Map<String, List<Option>> formOptions(WorkItem task) {
        if (TASK_CONFIRM_GROUP.equals(task.taskKey())) {
            return Map.of(NOMINATION_OPTIONS, steps.nominationOptions(Long.parseLong(task.businessKey())));
        }
        return Map.of();
    }

    @Override
    public Map<String, Object> prefill(WorkItem task) {
        if (TASK_CONFIRM_GROUP.equals(task.taskKey())) {
            return Map.of("appointments", steps.allNominations(Long.parseLong(task.businessKey())));
        }
        return Map.of();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void taskCompleted(WorkItem task, Map<String, Object> values) {
        long id = Long.parseLong(task.businessKey());
        switch (task.taskKey()) {
            case TASK_RESOLVE_GAPS -> steps.gapsResolved(id, (String) values.get(VAR_NEXT_STEP),
                    (LocalDate) values.get("closesOn"), (String) values.get("reason"));
            case TASK_CONFIRM_GROUP -> steps.confirmed(id, (List<String>) values.get("appointments"),
                    (String) values.get("note"));
            default -> throw new IllegalStateException("No record-keeping for step " + task.taskKey());
        }
    }
}
