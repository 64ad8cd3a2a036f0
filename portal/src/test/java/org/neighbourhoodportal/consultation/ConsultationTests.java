package org.neighbourhoodportal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.COUNCIL_MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ICB_MANAGER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.SECOND_PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.processes.ConsultationProcess;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.workflow.StartOutcome;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;

/** A consultation from set-up to the published outcome, through the services people use, with who may see what. */
@PortalTest
class ConsultationTests {

    @Autowired RunAs runAs;
    @Autowired ConsultationService consultations;
    @Autowired ConsultationDriver drive;
    @Autowired WorkflowService workflow;
    @Autowired ConsultationTasks tasks;

    @Test
    void launch_waits_for_a_formative_statement_the_evidence_pack_a_reason_for_a_short_window_and_the_leads_approval() {
        ConsultationDraft draft = drive.draft("Short window strategy", 4, null);
        ConsultationDraft noStatement = new ConsultationDraft(draft.teamId(), null, draft.title(), draft.summary(),
                draft.audience(), draft.opensOn(), draft.closesOn(), " ", null, draft.questions());
        long id = runAs.person(LEAD, () -> consultations.create(noStatement)).recordId();

        assertThat(failing(id)).containsExactly("The proposal is still formative", "The evidence pack is attached",
                "Enough time to respond", "Approved by the INT lead");
        assertThatThrownBy(() -> runAs.person(LEAD, () -> {
            consultations.launch(id);
            return null;
        })).isInstanceOf(ConsultationRefusedException.class).hasMessageContaining("shorter than the norm of 12 weeks");

        assertThat(runAs.person(LEAD, () -> consultations.update(id, drive.draft("Short window strategy", 4,
                "The council's cabinet meets in six weeks.")))).isEmpty();
        drive.attachEvidence(id);
        assertThat(failing(id)).containsExactly("Approved by the INT lead");
        // the lead is told before launch who cannot be asked: an organisation with nobody to answer for it
        assertThat(runAs.person(LEAD, () -> consultations.launchChecks(id)))
                .filteredOn(c -> c.what().equals("Someone to invite")).singleElement()
                .satisfies(c -> assertThat(c.passed()).isTrue())
                .satisfies(c -> assertThat(c.detail()).contains("No one can answer for LLR ICB – Integration and "
                        + "Transformation: it has no member representative in the portal, so it is not invited and "
                        + "not counted."));
        assertThatThrownBy(() -> runAs.person(MEMBER, () -> {
            consultations.approve(id);
            return null;
        })).isInstanceOf(NotAllowedException.class);

        runAs.person(LEAD, () -> {
            consultations.approve(id);
            consultations.launch(id);
            return null;
        });
        assertThat(runAs.person(LEAD, () -> consultations.details(id).status())).isEqualTo(ConsultationStatus.OPEN);
        assertThat(runAs.person(LEAD, () -> consultations.results(id).invited()))
                .extracting(ConsultationResults.Invited::partyName)
                // every member organisation with someone to answer for it, and both PPGs; not the ICB's own team,
                // which has its INT lead but no member representative
                .contains("Age UK Leicester Shire & Rutland", "Harborough District Council",
                        "Market Harborough Medical Centre PPG", "SLMG PPG", "Royal Voluntary Service",
                        "South Leicestershire Medical Group (SLMG)", "Voluntary Action South Leicestershire (VASL)")
                .doesNotContain("LLR ICB – Integration and Transformation");
    }

    @Test
    void set_up_problems_are_told_by_field_and_nothing_is_saved() {
        ConsultationDraft d = drive.draft("", 12, null);
        ConsultationDraft bad = new ConsultationDraft(d.teamId(), null, "", d.summary(), d.audience(), d.opensOn(),
                d.opensOn(), null, null, List.of(new ConsultationDraft.QuestionDraft(QuestionKind.RANKING, "Rank",
                List.of("Only one"), false)));
        int before = runAs.person(LEAD, () -> consultations.list().size());

        StartOutcome refused = runAs.person(LEAD, () -> consultations.create(bad));

        assertThat(refused.errors()).extracting(e -> e.key()).containsExactly("title", "closesOn", "question1");
        assertThat(runAs.person(LEAD, () -> consultations.list())).hasSize(before);
    }

    @Test
    void two_members_respond_the_lead_codes_themes_and_every_respondent_sees_the_published_outcome() {
        long id = drive.launched("Health and Wellbeing Strategy 2026–2030");

        drive.respond(MEMBER, id, "Agree", "Carers of people with dementia.");
        drive.respond(PPG_REP, id, "Strongly agree", "Transport to appointments in rural villages.");

        ConsultationResults results = runAs.person(LEAD, () -> consultations.results(id));
        assertThat(results.questions().get(0).tallies()).extracting(ConsultationResults.Tally::count)
                .containsExactly(1, 1, 0, 0, 0);
        assertThat(results.questions().get(3).tallies()).filteredOn(t -> t.choice().equals("Access")).singleElement()
                .satisfies(t -> {
                    assertThat(t.count()).isEqualTo(2);
                    assertThat(t.score()).isEqualTo(6);
                });
        assertThat(results.questions().get(4).texts()).extracting(ConsultationResults.TextAnswer::text)
                .containsExactlyInAnyOrder("Carers of people with dementia.",
                        "Transport to appointments in rural villages.");
        assertThat(results.bySector()).extracting(r -> r.sector() + " " + r.responded() + "/" + r.invited())
                .contains("General practice 0/3", "Local authority 0/2", "Patient participation group 1/2")
                .anyMatch(row -> row.startsWith("Voluntary, community and social enterprise 1/"));
        assertThat(results.invited()).filteredOn(i -> i.status() != ResponseStatus.SUBMITTED)
                .extracting(ConsultationResults.Invited::partyName)
                .contains("Harborough District Council", "SLMG PPG")
                .doesNotContain("Voluntary Action South Leicestershire (VASL)", "Market Harborough Medical Centre PPG");

        // a respondent sees its own answers, not the others', and not the results
        ConsultationDetails asPpg = runAs.person(PPG_REP, () -> consultations.details(id));
        assertThat(asPpg.myResponses()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ResponseStatus.SUBMITTED);
            assertThat(r.answers()).containsValue("Transport to appointments in rural villages.");
            assertThat(r.mayChange()).isFalse();
        });
        assertThat(asPpg.outcome()).isNull();
        assertThatThrownBy(() -> runAs.person(PPG_REP, () -> consultations.results(id)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> runAs.person(MEMBER, () -> consultations.results(id)))
                .isInstanceOf(NotAllowedException.class);

        drive.closeAtTheDeadline(id);
        assertThat(runAs.person(LEAD, () -> consultations.details(id).status())).isEqualTo(ConsultationStatus.CLOSED);
        WorkItem code = drive.task(LEAD, id);
        assertThat(code.taskKey()).isEqualTo(ConsultationProcess.TASK_CODE_RESPONSES);
        assertThatThrownBy(() -> runAs.person(LEAD, () -> workflow.complete(code.id(),
                Map.of("outcomeSummary", "Nothing coded yet"))))
                .hasMessageContaining("at least one theme");

        Set<Long> both = Set.copyOf(results.responses().stream().map(ConsultationResults.ResponseRow::responseId)
                .toList());
        StartOutcome theme = runAs.person(LEAD, () -> consultations.addTheme(id, new ThemeDraft("Carers and transport",
                "Respondents asked for carers and rural transport to be named.",
                "We added a carers' action and asked the council to fund a community transport pilot.", both)));
        assertThat(theme.errors()).isEmpty();
        assertThat(runAs.person(LEAD, () -> workflow.complete(code.id(),
                Map.of("outcomeSummary", "You said the strategy missed carers and transport; we added both."))
                .completed())).isTrue();
        drive.runPublishing(id);

        ConsultationDetails published = runAs.person(PPG_REP, () -> consultations.details(id));
        assertThat(published.status()).isEqualTo(ConsultationStatus.OUTCOME_PUBLISHED);
        assertThat(published.outcome().summary()).contains("we added both");
        assertThat(published.outcome().themes()).singleElement().satisfies(t -> {
            assertThat(t.intResponse()).contains("community transport pilot");
            assertThat(t.raisedBy()).containsExactly("Market Harborough Medical Centre PPG",
                    "Voluntary Action South Leicestershire (VASL)");
        });
        assertThat(published.outcome().respondents()).containsExactly("Market Harborough Medical Centre PPG",
                "Voluntary Action South Leicestershire (VASL)");
        // an invited PPG that did not respond sees what is published, and no answers of anyone's
        ConsultationDetails asOther = runAs.person(SECOND_PPG_REP, () -> consultations.details(id));
        assertThat(asOther.outcome().themes()).hasSize(1);
        assertThat(asOther.myResponses()).singleElement().satisfies(r -> assertThat(r.answers()).isEmpty());
    }

    @Test
    void a_response_after_the_deadline_is_refused_with_a_clear_message_and_its_task_has_gone() {
        long id = drive.launched("Late response strategy");
        drive.respond(MEMBER, id, "Agree", "Nothing.");
        long councils = drive.myResponse(COUNCIL_MEMBER, id);
        long question = runAs.person(COUNCIL_MEMBER, () -> consultations.details(id).questions().get(4).id());

        drive.closeAtTheDeadline(id);

        assertThatThrownBy(() -> runAs.person(COUNCIL_MEMBER, () -> consultations.saveAnswers(councils,
                Map.of(question, "Sorry we are late"))))
                .isInstanceOf(ConsultationClosedException.class)
                .hasMessageContaining("responses are no longer taken");
        assertThat(runAs.person(COUNCIL_MEMBER, () -> tasks.yoursOn(id))).isEmpty();
    }

    @Test
    void a_required_question_left_empty_stops_the_response_being_sent_and_wrong_answers_are_told() {
        long id = drive.launched("Required questions strategy");
        long mine = drive.myResponse(MEMBER, id);
        List<ConsultationDetails.QuestionView> qs = runAs.person(MEMBER, () -> consultations.details(id).questions());

        assertThat(runAs.person(MEMBER, () -> consultations.saveAnswers(mine, Map.of(qs.get(0).id(), "Maybe",
                qs.get(3).id(), "Access\nAccess\nPrevention")))).extracting(e -> e.key())
                .containsExactly("question" + qs.get(0).id(), "question" + qs.get(3).id());
        assertThat(runAs.person(MEMBER, () -> consultations.saveAnswers(mine, Map.of(qs.get(0).id(), "Agree"))))
                .isEmpty();
        WorkItem send = drive.task(MEMBER, id);
        assertThatThrownBy(() -> runAs.person(MEMBER, () -> workflow.complete(send.id(),
                Map.of("confirmResponse", true)))).hasMessageContaining("Please answer question 5");
        assertThat(runAs.person(MEMBER, () -> consultations.details(id).myResponses().get(0).status()))
                .isEqualTo(ResponseStatus.DRAFT);
    }

    @Test
    void one_representative_cannot_answer_for_another_organisation_and_other_ints_cannot_read_it() {
        long id = drive.launched("Access strategy");
        long vasl = drive.myResponse(MEMBER, id);
        assertThatThrownBy(() -> runAs.person(COUNCIL_MEMBER, () -> consultations.saveAnswers(vasl, Map.of())))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> runAs.person(THURROCK_LEAD, () -> consultations.details(id)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(runAs.person(THURROCK_LEAD, () -> consultations.list())).noneMatch(r -> r.id() == id);
        assertThat(runAs.person(ICB_MANAGER, () -> consultations.list())).noneMatch(r -> r.id() == id);
    }

    private List<String> failing(long id) {
        return runAs.person(LEAD, () -> consultations.launchChecks(id)).stream().filter(c -> !c.passed())
                .map(LaunchCheck::what).toList();
    }
}
