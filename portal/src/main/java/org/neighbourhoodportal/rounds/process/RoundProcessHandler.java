package org.neighbourhoodportal.rounds.process;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.processes.ResponseRound;
import org.neighbourhoodportal.timeline.TimelineRecord;
import org.neighbourhoodportal.workflow.ProcessRecordHandler;
import org.neighbourhoodportal.workflow.RecordReference;
import org.neighbourhoodportal.workflow.WorkItem;
import org.springframework.stereotype.Component;

/**
 * The tasks of every round, whichever feature opened it: the inbox names them by the round's subject and links to
 * the feature's record; an answer is recorded by the round and saved by the feature's {@code RoundAnswers}.
 */
@Component
class RoundProcessHandler implements ProcessRecordHandler {

    private final RoundSteps steps;

    RoundProcessHandler(RoundSteps steps) {
        this.steps = steps;
    }

    @Override
    public String processKey() {
        return ResponseRound.KEY;
    }

    @Override
    public Map<String, RecordReference> describe(Collection<String> businessKeys) {
        return steps.describe(businessKeys);
    }

    /** The record the round asks about (a round has no page of its own). */
    @Override
    public Optional<TimelineRecord> timelineRecord(String businessKey) {
        return Optional.of(steps.timelineRecord(Long.parseLong(businessKey)));
    }

    @Override
    public Map<String, List<Option>> formOptions(WorkItem task) {
        return steps.formOptions(Long.parseLong(task.businessKey()));
    }

    @Override
    public void taskCompleted(WorkItem task, Map<String, Object> values) {
        if (!ResponseRound.TASK_ANSWER_ROUND.equals(task.taskKey())) {
            throw new IllegalStateException("No record-keeping for step " + task.taskKey());
        }
        steps.answered(Long.parseLong(task.businessKey()), task.candidateGroups(), values);
    }
}
