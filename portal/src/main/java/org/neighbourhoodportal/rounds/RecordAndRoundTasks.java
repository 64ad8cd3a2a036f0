package org.neighbourhoodportal.rounds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.neighbourhoodportal.workflow.RecordTasks;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;

/**
 * The tasks of one kind of record whose process also asks parties through rounds of answers opened for the record
 * itself (a proposal's PPG views, a consultation's responses, a bid's expressions of interest and commitments): the
 * parties' round tasks and the record's own process tasks, for the feature's views. A feature extends it with its
 * process key and its round kinds; it writes no task logic of its own (docs/adding-a-workflow.md).
 *
 * <p>Access is the inbox's: only tasks the signed-in person may do are returned, and a round task counts only when
 * the caller may read its round ({@link RoundService#recordOf}).
 */
public abstract class RecordAndRoundTasks extends RecordTasks {

    private final RoundService rounds;
    private final RoundTasks roundTasks;
    private final List<String> roundKinds;

    /**
     * @param processKey the record's own process (its business key is the record's id)
     * @param roundKinds the kinds of the rounds the feature opens for the record ({@link RoundSpec}), in the order
     *                   their tasks are listed on the record's page
     */
    protected RecordAndRoundTasks(WorkflowService workflow, String processKey, RoundService rounds,
                                  RoundTasks roundTasks, String... roundKinds) {
        super(workflow, processKey);
        this.rounds = rounds;
        this.roundTasks = roundTasks;
        this.roundKinds = List.of(roundKinds);
    }

    /**
     * The signed-in person's open tasks on the record: theirs in each of its rounds, then the record's own process's.
     *
     * @throws org.neighbourhoodportal.security.NotAllowedException when nobody is signed in
     */
    @Override
    public List<WorkItem> yoursOn(long recordId) {
        List<WorkItem> yours = new ArrayList<>();
        roundKinds.forEach(kind -> yours.addAll(roundTasks.yoursOn(kind, recordId)));
        yours.addAll(super.yoursOn(recordId));
        return yours;
    }

    @Override
    public boolean isOf(WorkItem task) {
        return recordOf(task).isPresent();
    }

    /**
     * The record a task is about: the business key of the record's own process task, or the record a round task of
     * one of this feature's kinds asks about, if the caller may read that round.
     *
     * @return the record's id, or empty when the task is none of this record kind's
     * @throws org.neighbourhoodportal.security.NotAllowedException when nobody is signed in
     */
    public Optional<Long> recordOf(WorkItem task) {
        if (super.isOf(task)) {
            return Optional.of(Long.parseLong(task.businessKey()));
        }
        for (String kind : roundKinds) {
            Optional<Long> record = rounds.recordOf(kind, task);
            if (record.isPresent()) {
                return record;
            }
        }
        return Optional.empty();
    }
}
