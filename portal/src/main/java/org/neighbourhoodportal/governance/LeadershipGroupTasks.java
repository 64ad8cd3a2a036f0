package org.neighbourhoodportal.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.neighbourhoodportal.governance.domain.NominationCall;
import org.neighbourhoodportal.governance.domain.NominationCallRepository;
import org.neighbourhoodportal.processes.LeadershipGroupFormation;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.RoundTasks;
import org.neighbourhoodportal.workflow.RecordTasks;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/** The tasks of a leadership group for its page: nominations in its calls' rounds, and the lead's steps. */
@Component
public class LeadershipGroupTasks extends RecordTasks {

    private final NominationCallRepository calls;
    private final RoundTasks roundTasks;
    private final RoundService rounds;

    LeadershipGroupTasks(WorkflowService workflow, NominationCallRepository calls, RoundTasks roundTasks,
                         RoundService rounds) {
        super(workflow, LeadershipGroupFormation.KEY);
        this.calls = calls;
        this.roundTasks = roundTasks;
        this.rounds = rounds;
    }

    /**
     * The leadership group a task is about, for the panel beside it on the task page: the lead's steps, or a
     * nomination in one of its calls that the caller may read. Empty for any other task.
     *
     * @throws org.neighbourhoodportal.security.NotAllowedException when nobody is signed in
     */
    public Optional<Long> groupOf(WorkItem task) {
        if (isOf(task)) {
            return Optional.of(Long.parseLong(task.businessKey()));
        }
        return rounds.recordOf(GovernanceTimelines.NOMINATION_ROUND_KIND, task).flatMap(calls::findById)
                .map(NominationCall::getGroupId);
    }

    /** The signed-in person's open tasks on the group: a nomination for their organisation, or the lead's steps. */
    @Override
    public List<WorkItem> yoursOn(long groupId) {
        List<WorkItem> yours = new ArrayList<>();
        for (NominationCall call : calls.findByGroupIdOrderByIdAsc(groupId)) {
            yours.addAll(roundTasks.yoursOn(GovernanceTimelines.NOMINATION_ROUND_KIND, call.getId()));
        }
        yours.addAll(super.yoursOn(groupId));
        return yours;
    }
}
