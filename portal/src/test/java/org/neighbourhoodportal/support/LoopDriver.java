package org.neighbourhoodportal.support;

import org.neighbourhoodportal.workflow.StartOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.directory.DemoDirectoryData;
import org.neighbourhoodportal.feedback.FeedbackService;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.workflow.TaskOutcome;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/**
 * Walks the PPG feedback loop as the demo people would, through the same services the views call. Used by the
 * service tests on H2 and by the MariaDB suite, so both prove the same thing.
 */
@Component
public class LoopDriver {

    private final RunAs runAs;
    private final FeedbackService feedback;
    private final WorkflowService workflow;
    private final org.neighbourhoodportal.feedback.ProposalService proposals;

    LoopDriver(RunAs runAs, FeedbackService feedback, WorkflowService workflow,
               org.neighbourhoodportal.feedback.ProposalService proposals) {
        this.runAs = runAs;
        this.feedback = feedback;
        this.workflow = workflow;
        this.proposals = proposals;
    }

    /** The Harborough lead asks its PPGs for a view, due in two weeks; the proposal's id. */
    public long shareProposal(String title, java.time.LocalDate today) {
        Map<String, Object> values = new HashMap<>();
        values.put("teamId", runAs.person(DemoDirectoryData.LEAD, () -> proposals.shareFormOptions()
                .get(org.neighbourhoodportal.feedback.ProposalService.TEAM_OPTIONS).get(0).value()));
        values.put("title", title);
        values.put("proposal", "What do your members think of: " + title + "?");
        values.put("closesOn", today.plusWeeks(2));
        StartOutcome outcome = runAs.person(DemoDirectoryData.LEAD, () -> proposals.share(values));
        assertThat(outcome.errors()).isEmpty();
        return outcome.recordId();
    }

    public long submit(String rep, String summary) {
        return runAs.person(rep, () -> {
            Map<String, Object> values = new HashMap<>();
            values.put("ppgId", Long.toString(feedback.ppgsICanSubmitFor().get(0).id()));
            values.put("theme", "appointments");
            values.put("summary", summary);
            values.put("patientsSaid", "Patients told us: " + summary);
            values.put("mayContact", true);
            StartOutcome outcome = feedback.submit(values);
            assertThat(outcome.errors()).isEmpty();
            return outcome.recordId();
        });
    }

    public long submitAsPpg(String summary) {
        return submit(DemoDirectoryData.PPG_REP, summary);
    }

    /** The open task of this feedback's loop that the person can see, if any. */
    public java.util.Optional<WorkItem> taskFor(String person, long feedbackId) {
        return runAs.person(person, () -> workflow.openWork(500).stream()
                .filter(t -> t.recordRoute().equals("feedback/" + feedbackId)).findFirst());
    }

    public WorkItem requireTask(String person, long feedbackId) {
        return taskFor(person, feedbackId)
                .orElseThrow(() -> new AssertionError(person + " has no task for feedback " + feedbackId));
    }

    public TaskOutcome complete(String person, long feedbackId, Map<String, Object> values) {
        WorkItem task = requireTask(person, feedbackId);
        return runAs.person(person, () -> workflow.complete(task.id(), values));
    }

    public void completeOk(String person, long feedbackId, Map<String, Object> values) {
        TaskOutcome outcome = complete(person, feedbackId, values);
        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.completed()).isTrue();
    }

    public String organisationId(long feedbackId, String namePrefix) {
        return runAs.person(DemoDirectoryData.LEAD, () -> feedback.organisationsToReferTo(feedbackId).stream()
                .filter(o -> o.name().startsWith(namePrefix)).map(o -> Long.toString(o.id())).findFirst()
                .orElseThrow());
    }

    /** Submitted, acknowledged, answered directly and responded: waiting for the PPG to confirm. */
    public long answered(String summary) {
        long id = submitAsPpg(summary);
        completeOk(DemoDirectoryData.LEAD, id, Map.of("acknowledgement", "Thank you, we have it."));
        completeOk(DemoDirectoryData.LEAD, id, Map.of("route", "answer"));
        completeOk(DemoDirectoryData.LEAD, id, Map.of("response", "We changed the phone message."));
        return id;
    }

    /** Submitted, acknowledged, answered directly, responded and confirmed: the shortest whole loop. */
    public long wholeLoop(String summary) {
        long id = answered(summary);
        completeOk(DemoDirectoryData.PPG_REP, id, Map.of("outcome", "closed"));
        return id;
    }

    public List<String> timeline(String person, long feedbackId) {
        return runAs.person(person, () -> feedback.details(feedbackId).timeline().stream()
                .map(e -> e.what()).toList());
    }
}
