package org.neighbourhoodportal.feedback;

import org.neighbourhoodportal.workflow.StartOutcome;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.SECOND_PPG_REP;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.neighbourhoodportal.directory.PpgSummary;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo activity for Harborough INT, made through the same services and processes people use, so every record has
 * a real process behind it: feedback at different points of the loop, and a proposal out with both PPGs.
 */
@Component
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
public class DemoFeedbackData {

    private final FeedbackService feedback;
    private final ProposalService proposals;
    private final WorkflowService workflow;
    private final RunAs runAs;
    private final Clock clock;

    DemoFeedbackData(FeedbackService feedback, ProposalService proposals, WorkflowService workflow, RunAs runAs,
                     Clock clock) {
        this.feedback = feedback;
        this.proposals = proposals;
        this.workflow = workflow;
        this.runAs = runAs;
        this.clock = clock;
    }

    public void load() {
        submit(PPG_REP, "appointments", "Phone queue at 8am is too long",
                "Several members told us they hold on the phone for 30 minutes or more at 8am and then find every "
                        + "appointment gone. Older patients without internet access feel this most.", true);
        long referred = submit(SECOND_PPG_REP, "community-services", "Not sure what a social prescriber does",
                "Patients were offered a social prescribing appointment but did not know what it was for, so "
                        + "several did not go. A short leaflet or a talk at the PPG meeting would help.", false);
        long answered = submit(PPG_REP, "mental-health", "More outdoor activities for wellbeing",
                "Members asked whether the practice could point people to walking groups and the Wellness Garden "
                        + "in Market Harborough, especially after winter.", true);

        long linked = submit(SECOND_PPG_REP, "mental-health", "Men's mental health: nowhere to go",
                "Several men at the PPG meeting said they would not talk to a GP about how they feel, but might at "
                        + "a barber's or a football club. Could the INT look at this?", true);

        runAs.person(LEAD, () -> {
            complete(linked, Map.of("acknowledgement", "Thank you – this fits our mental health priority."));
            complete(linked, Map.of("route", "backlog", "priorityId", priorityId(linked, "Mental health initiatives"),
                    "routingNote", "For the themed meeting on men's mental health."));
            complete(referred, Map.of("acknowledgement", "Thank you – we will look at this at our next INT meeting."));
            complete(referred, Map.of("route", "refer", "referredOrganisationId", organisationId(referred),
                    "routingNote", "VASL runs the social prescribing link worker service."));
            complete(answered, Map.of("acknowledgement", "Thank you for raising this."));
            complete(answered, Map.of("route", "answer"));
            complete(answered, Map.of("response", "You said people want outdoor activities. We did: the PCN health "
                    + "and wellbeing team now lists the Wellness Garden sessions and local walking groups in the "
                    + "practice newsletter, and green social prescribing referrals are open to all adults."));
        });

        runAs.person(LEAD, () -> {
            Map<String, Object> proposal = new HashMap<>();
            proposal.put("teamId", proposals.shareFormOptions().get(ProposalService.TEAM_OPTIONS).get(0).value());
            proposal.put("title", "Saturday morning health and wellbeing drop-in");
            proposal.put("proposal", "The INT proposes a monthly Saturday drop-in at the Market Harborough library "
                    + "with the social prescribing link workers, Age UK and the Fire & Rescue home safety team. "
                    + "Would your members use it, and what should it offer?");
            proposal.put("closesOn", LocalDate.now(clock).plusWeeks(3));
            proposals.share(proposal);
        });
    }

    private long submit(String rep, String theme, String summary, String patientsSaid, boolean mayContact) {
        return runAs.person(rep, () -> {
            PpgSummary ppg = feedback.ppgsICanSubmitFor().get(0);
            Map<String, Object> values = new HashMap<>();
            values.put("ppgId", Long.toString(ppg.id()));
            values.put("theme", theme);
            values.put("summary", summary);
            values.put("patientsSaid", patientsSaid);
            values.put("mayContact", mayContact);
            StartOutcome outcome = feedback.submit(values);
            if (!outcome.isSaved()) {
                throw new IllegalStateException("Demo feedback refused: " + outcome.errors());
            }
            return outcome.recordId();
        });
    }

    private String organisationId(long feedbackId) {
        return feedback.organisationsToReferTo(feedbackId).stream()
                .filter(o -> o.name().startsWith("Voluntary Action South Leicestershire"))
                .map(o -> Long.toString(o.id())).findFirst().orElseThrow();
    }

    private String priorityId(long feedbackId, String title) {
        return feedback.prioritiesToLinkTo(feedbackId).stream().filter(p -> p.label().equals(title))
                .map(p -> p.value()).findFirst().orElseThrow();
    }

    /** Completes the one open task of this feedback's loop that the caller can see. */
    private void complete(long feedbackId, Map<String, Object> values) {
        WorkItem task = workflow.openWork(100).stream()
                .filter(t -> t.recordRoute().equals("feedback/" + feedbackId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No open step for feedback " + feedbackId));
        var outcome = workflow.complete(task.id(), values);
        if (!outcome.completed()) {
            throw new IllegalStateException("Demo step refused: " + outcome.errors());
        }
    }
}
