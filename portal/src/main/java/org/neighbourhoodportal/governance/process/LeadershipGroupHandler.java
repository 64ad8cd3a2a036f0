package org.neighbourhoodportal.governance.process;

import org.neighbourhoodportal.timeline.TimelineRecord;
import java.util.Optional;
import org.neighbourhoodportal.governance.GovernanceTimelines;
import static org.neighbourhoodportal.processes.LeadershipGroupFormation.*;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.governance.LeadershipGroupService;
import org.neighbourhoodportal.workflow.ProcessRecordHandler;
import org.neighbourhoodportal.workflow.RecordReference;
import org.neighbourhoodportal.workflow.WorkItem;
import org.springframework.stereotype.Component;

/**
 * Saves the lead's steps in forming a leadership group (resolving gaps, confirming) into the group's records. The
 * organisations' nominations come through the round of answers ({@link NominationRoundAnswers}).
 */
@Component
class LeadershipGroupHandler implements ProcessRecordHandler {

    static final String NOMINATION_OPTIONS = "nominations";

    private final LeadershipGroupService groups;
    private final LeadershipSteps steps;

    LeadershipGroupHandler(LeadershipGroupService groups, LeadershipSteps steps) {
        this.groups = groups;
        this.steps = steps;
    }

    @Override
    public String processKey() {
        return KEY;
    }

    /** The record's own timeline: the business key is the record's id. */
    @Override
    public Optional<TimelineRecord> timelineRecord(String businessKey) {
        return Optional.of(GovernanceTimelines.group(Long.parseLong(businessKey)));
    }

    @Override
    public Map<String, RecordReference> describe(Collection<String> businessKeys) {
        return ProcessRecordHandler.describeById(businessKeys, groups::titles, "Leadership group: ",
                "governance/groups/");
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
