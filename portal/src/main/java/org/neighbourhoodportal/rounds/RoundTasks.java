package org.neighbourhoodportal.rounds;

import java.util.List;
import org.neighbourhoodportal.processes.ResponseRound;
import org.neighbourhoodportal.rounds.domain.RoundRepository;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parties' tasks of the round a feature opened for one of its records, for the feature's views and its own
 * {@code RecordTasks} (so no view knows the round's process key). Access is the inbox's:
 * {@link WorkflowService#openWorkOn} returns only tasks the signed-in person may do.
 */
@Component
public class RoundTasks {

    private final WorkflowService workflow;
    private final RoundRepository rounds;

    RoundTasks(WorkflowService workflow, RoundRepository rounds) {
        this.workflow = workflow;
        this.rounds = rounds;
    }

    /**
     * The signed-in person's open tasks in the round of this kind for this record.
     *
     * @return empty when there is no such round or nothing in it is theirs to do
     * @throws org.neighbourhoodportal.security.NotAllowedException when nobody is signed in and there is a round
     */
    @Transactional(readOnly = true)
    public List<WorkItem> yoursOn(String kind, long recordId) {
        return rounds.findByKindAndRecordId(kind, recordId)
                .map(round -> workflow.openWorkOn(ResponseRound.KEY, round.getId().toString()))
                .orElse(List.of());
    }
}
