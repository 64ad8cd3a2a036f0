package org.neighbourhoodportal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.neighbourhoodportal.attachments.AttachmentService;
import org.neighbourhoodportal.attachments.SampleFiles;
import org.neighbourhoodportal.consultation.ConsultationDraft.QuestionDraft;
import org.neighbourhoodportal.directory.DemoDirectoryData;
import org.neighbourhoodportal.processes.ConsultationProcess;
import org.neighbourhoodportal.processes.ResponseRound;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.workflow.StartOutcome;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/** Takes a consultation through its steps as the people who do them, for the consultation's tests. */
@Component
public class ConsultationDriver {

    public static final List<QuestionDraft> QUESTIONS = List.of(
            new QuestionDraft(QuestionKind.AGREEMENT, "The strategy's priorities are the right ones.", List.of(), true),
            new QuestionDraft(QuestionKind.SINGLE_CHOICE, "Which priority matters most to the people you serve?",
                    List.of("Healthy ageing", "Mental wellbeing", "Children and young people"), false),
            new QuestionDraft(QuestionKind.MULTIPLE_CHOICE, "Where could your organisation help?",
                    List.of("Social prescribing", "Volunteering", "Data and insight"), false),
            new QuestionDraft(QuestionKind.RANKING, "Rank the three delivery themes.",
                    List.of("Prevention", "Access", "Joined-up care"), false),
            new QuestionDraft(QuestionKind.FREE_TEXT, "What is missing from the strategy?", List.of(), true));

    private final RunAs runAs;
    private final ConsultationService consultations;
    private final AttachmentService attachments;
    private final WorkflowService workflow;
    private final RoundService rounds;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final Clock clock;

    ConsultationDriver(RunAs runAs, ConsultationService consultations, AttachmentService attachments,
                       WorkflowService workflow, RoundService rounds, RuntimeService runtime,
                       ManagementService management, Clock clock) {
        this.runAs = runAs;
        this.consultations = consultations;
        this.attachments = attachments;
        this.workflow = workflow;
        this.rounds = rounds;
        this.runtime = runtime;
        this.management = management;
        this.clock = clock;
    }

    /** Consultations in each state, made once per context and committed, for the access table. */
    public record Fixture(long draft, long open, long openResponse, long closed, long theme) {
    }

    private Fixture fixture;

    public Fixture fixture() {
        if (fixture == null) {
            long draft = runAs.person(LEAD, () -> consultations.create(draft("Access draft", 12, null))).recordId();
            attachEvidence(draft);
            long open = launched("Access open");
            long openResponse = myResponse(org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER, open);
            long closed = launched("Access closed");
            respond(org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER, closed, "Agree", "Nothing.");
            closeAtTheDeadline(closed);
            long sent = myResponse(org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER, closed);
            long theme = runAs.person(LEAD, () -> consultations.addTheme(closed, new ThemeDraft("Theme",
                    "Said", "Did", java.util.Set.of(sent)))).recordId();
            fixture = new Fixture(draft, open, openResponse, closed, theme);
        }
        return fixture;
    }

    public long harborough() {
        return runAs.person(LEAD, () -> consultations.teamsICanConsultFor().stream()
                .filter(t -> t.name().equals(DemoDirectoryData.HARBOROUGH)).findFirst().orElseThrow().id());
    }

    public ConsultationDraft draft(String title, int weeks, String shortReason) {
        LocalDate today = LocalDate.now(clock);
        return new ConsultationDraft(harborough(), null, title,
                "The district council asks the INT's members for their views on its draft strategy.",
                ConsultationAudience.BOTH, today, today.plusWeeks(weeks),
                "The council's cabinet decides in the spring; the priorities can still change.", shortReason,
                QUESTIONS);
    }

    /** Set up, evidence attached, approved and launched by the lead; returns its id. */
    public long launched(String title) {
        StartOutcome saved = runAs.person(LEAD, () -> consultations.create(draft(title, 12, null)));
        assertThat(saved.errors()).isEmpty();
        long id = saved.recordId();
        attachEvidence(id);
        runAs.person(LEAD, () -> {
            consultations.approve(id);
            consultations.launch(id);
            return null;
        });
        return id;
    }

    public void attachEvidence(long id) {
        runAs.person(LEAD, () -> attachments.add(ConsultationAttachments.RECORD_TYPE, id, null,
                "Draft Health and Wellbeing Strategy.pdf", new ByteArrayInputStream(SampleFiles.pdf(20_000))));
    }

    /** The caller's own response on the consultation. */
    public long myResponse(String who, long id) {
        return runAs.person(who, () -> consultations.details(id).myResponses().get(0).id());
    }

    /** Answers every question (the second and third left out for a free-text-only reply) and sends the response. */
    public void respond(String who, long id, String agreement, String missing) {
        long responseId = myResponse(who, id);
        List<ConsultationDetails.QuestionView> qs = runAs.person(who, () -> consultations.details(id).questions());
        assertThat(runAs.person(who, () -> consultations.saveAnswers(responseId, Map.of(
                qs.get(0).id(), agreement,
                qs.get(1).id(), "Mental wellbeing",
                qs.get(2).id(), "Volunteering\nSocial prescribing",
                qs.get(3).id(), "Access\nPrevention\nJoined-up care",
                qs.get(4).id(), missing)))).isEmpty();
        send(who, id);
    }

    public void send(String who, long id) {
        WorkItem task = task(who, id);
        assertThat(runAs.person(who, () -> workflow.complete(task.id(), Map.of("confirmResponse", true)).completed()))
                .isTrue();
    }

    public WorkItem task(String who, long id) {
        return runAs.person(who, () -> workflow.openWork(500)).stream()
                .filter(t -> t.recordRoute() != null && t.recordRoute().equals(ConsultationService.route(id)))
                .findFirst().orElseThrow(() -> new AssertionError(who + " has no task on consultation " + id));
    }

    /** Runs the round's deadline timer, as the job executor would at the closing time. */
    public void closeAtTheDeadline(long id) {
        long roundId = runAs.person(LEAD, () -> rounds.roundFor(ConsultationService.ROUND_KIND, id)).orElseThrow().id();
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(roundId))
                .processDefinitionKey(ResponseRound.KEY).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance)
                .activityId(ResponseRound.TIMER_ROUND_DEADLINE).singleResult().getId());
    }

    /** Runs the asynchronous publishing step, as the job executor would. */
    public void runPublishing(long id) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(id))
                .processDefinitionKey(ConsultationProcess.KEY).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance)
                .activityId(ConsultationProcess.TASK_PUBLISH_OUTCOME).singleResult().getId());
    }
}
