package org.neighbourhoodportal.consultation;

import static org.neighbourhoodportal.directory.DemoDirectoryData.COUNCIL_MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.SECOND_PPG_REP;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.neighbourhoodportal.attachments.AttachmentService;
import org.neighbourhoodportal.consultation.ConsultationDraft.QuestionDraft;
import org.neighbourhoodportal.demo.DemoData;
import org.neighbourhoodportal.directory.DemoDirectoryData;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.documents.WordPages;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.workflow.StartOutcome;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Harborough INT's consultations, from seed {@code 000_…}: the district council's Health and Wellbeing Strategy,
 * consulted on through the INT, closed with responses, themes and a published outcome; and an open consultation on
 * the INT's own Armed Forces community offer. Loaded through the services people use, as the people who would.
 */
@Component
@Order(500)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoConsultationData implements DemoData {

    private final ConsultationService consultations;
    private final AttachmentService attachments;
    private final WorkflowService workflow;
    private final RoundService rounds;
    private final DirectoryService directory;
    private final RunAs runAs;
    private final Clock clock;

    DemoConsultationData(ConsultationService consultations, AttachmentService attachments, WorkflowService workflow,
                         RoundService rounds, DirectoryService directory, RunAs runAs, Clock clock) {
        this.consultations = consultations;
        this.attachments = attachments;
        this.workflow = workflow;
        this.rounds = rounds;
        this.directory = directory;
        this.runAs = runAs;
        this.clock = clock;
    }

    @Override
    public String loadAs() {
        return LEAD;
    }

    @Override
    public void load() {
        long team = consultations.teamsICanConsultFor().stream()
                .filter(t -> t.name().equals(DemoDirectoryData.HARBOROUGH)).findFirst().orElseThrow().id();
        long council = directory.memberOrganisations(team).stream()
                .filter(o -> o.name().equals("Harborough District Council")).map(OrganisationSummary::id)
                .findFirst().orElseThrow();
        LocalDate today = LocalDate.now(clock);

        // The district council's strategy: set up by the council's representative, approved and launched by the lead
        List<QuestionDraft> questions = List.of(
                new QuestionDraft(QuestionKind.AGREEMENT, "The strategy's four priorities are the right ones for "
                        + "Harborough district.", List.of(), true),
                new QuestionDraft(QuestionKind.RANKING, "Rank the priorities by how much they matter to the people "
                        + "you serve.", List.of("Healthy ageing", "Mental wellbeing", "Children and young people",
                        "Healthy places"), false),
                new QuestionDraft(QuestionKind.MULTIPLE_CHOICE, "Where could your organisation help deliver it?",
                        List.of("Social prescribing", "Volunteering", "Data and insight", "Venues"), false),
                new QuestionDraft(QuestionKind.FREE_TEXT, "What is missing from the strategy?", List.of(), true));
        long hwb = runAs.person(COUNCIL_MEMBER, () -> saved(consultations.create(new ConsultationDraft(team, council,
                "Harborough Health and Wellbeing Strategy 2026–2030",
                "Harborough District Council is refreshing its Health and Wellbeing Strategy and asks the INT's "
                        + "members and PPGs whether its priorities are right and what is missing. The draft and the "
                        + "evidence behind it are attached.", ConsultationAudience.BOTH, today, today.plusWeeks(12),
                "The council's cabinet agrees the final strategy after the consultation: the priorities and the "
                        + "actions under them can still change.", null, questions))));
        runAs.person(COUNCIL_MEMBER, () -> attach(hwb, "Draft Health and Wellbeing Strategy 2026-2030.docx",
                "Draft Health and Wellbeing Strategy 2026–2030 (demo summary)", List.of(
                        "Priority 1: Healthy ageing – staying independent at home for longer.",
                        "Priority 2: Mental wellbeing – low-level support close to home.",
                        "Priority 3: Children and young people – a good start, with the family around them.",
                        "Priority 4: Healthy places – green spaces, active travel and warm homes.",
                        "Evidence: the Joint Strategic Needs Assessment for Harborough district and what the INT's "
                                + "members and PPGs told the council in 2025.")));
        consultations.approve(hwb);
        consultations.launch(hwb);
        respond(MEMBER, hwb, Map.of(0, "Agree", 1, "Mental wellbeing\nHealthy ageing\nChildren and young people\n"
                        + "Healthy places", 2, "Social prescribing\nVolunteering", 3,
                "Carers, especially of people with dementia, are not named. The Admiral Nurse case shows what "
                        + "happens when they are missed."));
        respond(PPG_REP, hwb, Map.of(0, "Strongly agree", 1, "Healthy ageing\nMental wellbeing\nHealthy places\n"
                + "Children and young people", 3, "Transport: people in the villages cannot reach appointments "
                + "or activities without a car."));
        respond(SECOND_PPG_REP, hwb, Map.of(0, "Agree", 3, "Young carers and young people's mental health: our "
                + "members' grandchildren wait months for support."));
        // every party invited has responded, so the round has closed by itself and the consultation with it
        rounds.roundFor(ConsultationService.ROUND_KIND, hwb)
                .filter(r -> r.status() == org.neighbourhoodportal.rounds.RoundStatus.OPEN)
                .ifPresent(r -> rounds.closeEarly(r.id(), "Every organisation and PPG invited has responded."));

        Map<String, Long> sent = consultations.results(hwb).responses().stream()
                .collect(Collectors.toMap(ConsultationResults.ResponseRow::partyName,
                        ConsultationResults.ResponseRow::responseId));
        theme(hwb, "Carers", "Carers, young carers and people caring for someone with dementia are not named.",
                "The council has added carers as a cross-cutting theme, with an action led by the Admiral Nurse "
                        + "service and Home-Start for young carers.",
                sent.get("Voluntary Action South Leicestershire (VASL)"), sent.get("SLMG PPG"));
        theme(hwb, "Getting there", "People in the villages cannot reach appointments or activities without a car.",
                "Healthy places now includes community transport; the INT will map routes to the Wellness Garden "
                        + "and the social prescribing groups.", sent.get("Market Harborough Medical Centre PPG"));
        WorkItem outcome = workflow.openWorkOn(org.neighbourhoodportal.processes.ConsultationProcess.KEY,
                Long.toString(hwb)).get(0);
        workflow.complete(outcome.id(), Map.of("outcomeSummary", "You said the draft strategy left out carers and "
                + "how people in the villages get to services. We did: the council added carers as a cross-cutting "
                + "theme and community transport under Healthy places, and the INT has taken on two actions."));
        // the outcome is published by the process's next step, as soon as the job executor runs it

        // An open consultation of the INT's own
        long armed = saved(consultations.create(new ConsultationDraft(team, null,
                "Supporting the Armed Forces community in Harborough",
                "The INT proposes to sign the Armed Forces Covenant for healthcare together and to flag veterans in "
                        + "every practice. How would this work for your organisation or PPG?",
                ConsultationAudience.BOTH, today, today.plusWeeks(12),
                "No decision has been made: the INT will choose between the options in the paper after hearing "
                        + "from its members.", null, List.of(
                new QuestionDraft(QuestionKind.SINGLE_CHOICE, "Which option do you prefer?",
                        List.of("Sign the covenant together", "Each organisation signs its own", "Neither for now"),
                        true),
                new QuestionDraft(QuestionKind.FREE_TEXT, "What would help veterans and their families most?",
                        List.of(), false)))));
        attach(armed, "Armed Forces options paper.docx", "Armed Forces community: options for the INT (demo)",
                List.of("Option 1: sign the Armed Forces Covenant for healthcare together as an INT.",
                        "Option 2: each member organisation signs its own.",
                        "Option 3: neither for now; review in a year."));
        consultations.approve(armed);
        consultations.launch(armed);
    }

    private void respond(String who, long id, Map<Integer, String> byNumber) {
        runAs.person(who, () -> {
            ConsultationDetails details = consultations.details(id);
            Map<Long, String> answers = new HashMap<>();
            byNumber.forEach((n, a) -> answers.put(details.questions().get(n).id(), a));
            long response = details.myResponses().get(0).id();
            if (!consultations.saveAnswers(response, answers).isEmpty()) {
                throw new IllegalStateException("Demo answers refused for " + who);
            }
            WorkItem task = workflow.openWork(500).stream()
                    .filter(t -> ConsultationService.route(id).equals(t.recordRoute())).findFirst().orElseThrow();
            workflow.complete(task.id(), Map.of("confirmResponse", true));
        });
    }

    private void theme(long id, String title, String said, String did, Long... raisedBy) {
        saved(consultations.addTheme(id, new ThemeDraft(title, said, did, Set.of(raisedBy))));
    }

    private void attach(long id, String fileName, String title, List<String> points) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WordPages pages = WordPages.a4(document, title);
            pages.heading1(title);
            points.forEach(p -> document.createParagraph().createRun().setText(p));
            document.write(out);
            attachments.add(ConsultationAttachments.RECORD_TYPE, id, null, fileName,
                    new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long saved(StartOutcome outcome) {
        if (!outcome.isSaved()) {
            throw new IllegalStateException("Demo consultation refused: " + outcome.errors());
        }
        return outcome.recordId();
    }
}
