package org.neighbourhoodportal.governance;

import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.neighbourhoodportal.directory.DirectoryAdministration;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.processes.AgreementProcess;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/**
 * Takes a new Harborough ToR to its annual review in tests: shared, comments closed, sent for sign-off, signed by every
 * designated signatory, in force, and then the review date's timer fired, which opens the review draft.
 */
@Component
public class AgreementReviews {

    private final RunAs runAs;
    private final AgreementService agreements;
    private final AgreementTasks tasks;
    private final WorkflowService workflow;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final Clock clock;
    private final GovernanceDriver drive;

    AgreementReviews(RunAs runAs, AgreementService agreements, AgreementTasks tasks, WorkflowService workflow,
                     RoundService rounds, DirectoryService directory, DirectoryAdministration administration,
                     RuntimeService runtime, ManagementService management, Clock clock) {
        this.runAs = runAs;
        this.agreements = agreements;
        this.tasks = tasks;
        this.workflow = workflow;
        this.runtime = runtime;
        this.management = management;
        this.clock = clock;
        this.drive = new GovernanceDriver(runAs, workflow, rounds, directory, administration);
    }

    public long harborough() {
        return Long.parseLong(runAs.person(LEAD, () -> agreements.draftFormOptions()
                .get(AgreementService.TEAM_OPTIONS).get(0).value()));
    }

    /** @return the agreement's id, in force at version 1 with its review draft (version 2) open */
    public long inReview(String title) {
        Map<Long, String> signatories = drive.designateSignatories(harborough());
        inForce(title, signatories);
        long id = idOf(title);
        fireTheReviewTimer(id);
        return id;
    }

    /** Closes the comment round, sends the version for sign-off and has every signatory sign. */
    public void signOff(long id) {
        Map<Long, String> signatories = drive.designateSignatories(harborough());
        drive.closeRound(runAs.person(LEAD, () -> agreements.latestRound(id)).orElseThrow().id());
        WorkItem revise = drive.first(LEAD, () -> tasks.yoursOn(id));
        Map<String, Object> values = new HashMap<>(runAs.person(LEAD, () -> workflow.form(revise.id())).values());
        values.put("nextStep", AgreementProcess.SIGN_OFF);
        values.put("closesOn", LocalDate.now(clock).plusWeeks(2));
        drive.complete(LEAD, revise, values);
        signatories.values().forEach(email -> drive.complete(email, drive.first(email, () -> tasks.yoursOn(id)),
                Map.of("role", "Chief Executive", "agree", true)));
    }

    /** Whether the agreement's process waits for its review date. */
    public boolean waitsForTheReviewDate(long id) {
        return management.createJobQuery().processInstanceId(instance(id))
                .activityId(AgreementProcess.EVENT_REVIEW_DUE).count() == 1;
    }

    public void fireTheReviewTimer(long id) {
        management.executeJob(management.createJobQuery().processInstanceId(instance(id))
                .activityId(AgreementProcess.EVENT_REVIEW_DUE).singleResult().getId());
    }

    private void inForce(String title, Map<Long, String> signatories) {
        LocalDate closesOn = LocalDate.now(clock).plusWeeks(2);
        // the demo ToR's quorum, since MeetingTests check the demo meetings against the ToR in force today
        Map<String, Object> draft = GovernanceDriver.draft(title, harborough(), closesOn, "");
        draft.put("quorum", "Six members, including the lead GP or PCN clinical director.");
        draft.put("quorumMembers", 6L);
        draft.put("quorumSeats", "Lead GP or PCN clinical director");
        long id = runAs.person(LEAD, () -> agreements.share(draft)).recordId();
        signOff(id);
    }

    private long idOf(String title) {
        return runAs.person(LEAD, () -> agreements.list()).stream().filter(a -> a.title().equals(title))
                .findFirst().orElseThrow().id();
    }

    private String instance(long id) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(AgreementProcess.KEY)
                .processInstanceBusinessKey(Long.toString(id)).active().singleResult().getId();
    }
}
