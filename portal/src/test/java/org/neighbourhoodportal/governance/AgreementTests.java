package org.neighbourhoodportal.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR;
import static org.neighbourhoodportal.directory.DemoDirectoryData.COUNCIL_MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ICB_MANAGER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.directory.DirectoryAdministration;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.Role;
import org.neighbourhoodportal.processes.AgreementProcess;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.workflow.StartOutcome;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Agreeing Harborough's terms of reference through the services: comments and objections, a revised version compared
 * section by section, sign-off by each organisation's designated signatory only, the version in force, the Word
 * document read back, and who may read what.
 */
@PortalTest
class AgreementTests {

    @Autowired RunAs runAs;
    @Autowired AgreementService agreements;
    @Autowired AgreementTasks tasks;
    @Autowired WorkflowService workflow;
    @Autowired RoundService rounds;
    @Autowired DirectoryService directory;
    @Autowired DirectoryAdministration administration;
    @Autowired CurrentUser currentUser;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired Clock clock;

    /** Each Harborough organisation's designated signatory, by organisation id (made once). */
    private static Map<Long, String> signatories;
    private static long harborough;
    private static long vasl;
    /** A manager of Harborough's ICB (the demo's ICB manager is another ICB's). */
    private static final String LLR_ICB_MANAGER = "icb.manager@llr.test";

    @BeforeEach
    void designateSignatories() {
        if (signatories != null) {
            return;
        }
        harborough = Long.parseLong(runAs.person(LEAD, () -> agreements.draftFormOptions()
                .get(AgreementService.TEAM_OPTIONS).get(0).value()));
        vasl = runAs.person(MEMBER, () -> currentUser.require().organisationId());
        long icb = runAs.person(LEAD, () -> directory.team(harborough).icbId());
        runAs.person(ADMINISTRATOR, () -> {
            long person = administration.savePerson(null, LLR_ICB_MANAGER, "Sam Okafor", "Place Director", null);
            administration.grantRole(person, Role.ICB_MANAGER, icb);
        });
        signatories = new GovernanceDriver(runAs, workflow, rounds, directory, administration)
                .designateSignatories(harborough);
        // a second VASL representative who is not its signatory (the shared context's signatories stay as they are)
        runAs.person(ADMINISTRATOR, () -> {
            long person = administration.savePerson(null, VASL_REPRESENTATIVE, "Jo Patel", "Project Officer", vasl);
            administration.grantRole(person, Role.MEMBER, harborough);
        });
    }

    private static final String VASL_REPRESENTATIVE = "representative.vasl@harborough.test";

    @Test
    void comments_an_objection_a_revision_then_every_designated_signatory_signs_and_it_is_in_force() throws Exception {
        long id = share("Harborough INT terms of reference");
        comment(MEMBER, id, Map.of("stance", "comments", "section", "quorum",
                "comment", "Four is too few for sixteen organisations.", "objection", true));
        comment(COUNCIL_MEMBER, id, Map.of("stance", "no-objection"));
        closeRound(id);

        WorkItem revise = taskOn(LEAD, id);
        assertThat(revise.taskKey()).isEqualTo(AgreementProcess.TASK_REVISE_DRAFT);
        Map<String, Object> values = new HashMap<>(runAs.person(LEAD, () -> workflow.form(revise.id())).values());
        assertThat(values).containsEntry("purpose", "To improve the health and wellbeing of Harborough's people.");
        values.put("quorum", "Six members, including the lead GP.");
        values.put("quorumMembers", 6L);
        values.put("changeNote", "Quorum raised to six after VASL's objection.");
        values.put("nextStep", AgreementProcess.SIGN_OFF);
        values.put("closesOn", LocalDate.now(clock).plusWeeks(2));
        // an objection is outstanding: going to sign-off needs a reason
        assertThatThrownBy(() -> runAs.person(LEAD, () -> workflow.complete(revise.id(), values)))
                .hasMessageContaining("objection remains");
        values.put("closeReason", "The quorum was raised as VASL asked; going to sign-off.");
        complete(LEAD, revise, values);

        AgreementDetails signing = runAs.person(LEAD, () -> agreements.details(id));
        assertThat(signing.status()).isEqualTo(AgreementStatus.SIGNING);
        assertThat(signing.shown().number()).isEqualTo(2);
        assertThat(signing.shown().quorumMembers()).isEqualTo(6);
        assertThat(signing.changes()).filteredOn(c -> c.heading().equals("Quorum")).singleElement()
                .satisfies(c -> {
                    assertThat(c.change()).isEqualTo("Changed");
                    assertThat(c.before()).isEqualTo("Four members.");
                    assertThat(c.after()).isEqualTo("Six members, including the lead GP.");
                });
        assertThat(signing.changes()).filteredOn(c -> c.heading().equals("Purpose and scope")).singleElement()
                .satisfies(c -> assertThat(c.change()).isEqualTo("Unchanged"));
        assertThat(runAs.person(LEAD, () -> agreements.comparison(id, 1, 2))).hasSize(12);

        // only the designated signatory is offered VASL's sign-off: a plain representative has no task, and cannot
        // sign the signatory's
        assertThat(runAs.person(VASL_REPRESENTATIVE, () -> tasks.yoursOn(id))).isEmpty();
        WorkItem vaslTask = taskOn(signatories.get(vasl), id);
        assertThatThrownBy(() -> runAs.person(VASL_REPRESENTATIVE, () -> workflow.complete(vaslTask.id(),
                Map.of("role", "Community Services Manager", "agree", true))))
                .isInstanceOf(NotAllowedException.class);

        signatories.values().forEach(email -> complete(email, taskOn(email, id),
                Map.of("role", "Chief Executive", "agree", true)));

        AgreementDetails inForce = runAs.person(MEMBER, () -> agreements.details(id));
        assertThat(inForce.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(inForce.inForceVersion()).isEqualTo(2);
        assertThat(inForce.signatures()).hasSize(signatories.size())
                .allSatisfy(s -> assertThat(s.role()).isEqualTo("Chief Executive"));
        assertThat(inForce.closeReason()).isEqualTo("The quorum was raised as VASL asked; going to sign-off.");

        // the ICB's manager reads the version in force, not the comments
        AgreementDetails asIcb = runAs.person(LLR_ICB_MANAGER, () -> agreements.details(id));
        assertThat(asIcb.shown().number()).isEqualTo(2);
        assertThat(asIcb.comments()).isEmpty();

        AgreementDocument word = runAs.person(LEAD, () -> agreements.download(id));
        assertThat(word.fileName()).endsWith("-version-2.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word.content()))) {
            assertThat(document.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText).containsExactly("Harborough INT terms of reference");
            assertThat(document.getParagraphs()).filteredOn(p -> "Heading2".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText).contains("Quorum", "Signed for each organisation");
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
                    .anyMatch(t -> t.contains("version 2") && t.contains("in force from"));
            assertThat(document.getTables().get(0).getRows()).hasSize(signatories.size() + 1);
            assertThat(document.getTables().get(0).getRow(0).getCell(3).getText()).isEqualTo("Signed on");
        }
    }

    @Test
    void a_missing_signature_goes_back_to_the_lead_who_asks_again_only_those_who_have_not_signed() {
        long id = share("Harborough INT MoU");
        closeRound(id);
        Map<String, Object> values = new HashMap<>(runAs.person(LEAD, () -> workflow.form(taskOn(LEAD, id).id()))
                .values());
        values.put("nextStep", AgreementProcess.SIGN_OFF);
        values.put("closesOn", LocalDate.now(clock).plusWeeks(2));
        complete(LEAD, taskOn(LEAD, id), values);
        String late = signatories.get(vasl);
        signatories.values().stream().filter(e -> !e.equals(late))
                .forEach(email -> complete(email, taskOn(email, id), Map.of("role", "Director", "agree", true)));
        closeRound(id);

        assertThat(runAs.person(LEAD, () -> agreements.details(id)).status())
                .isEqualTo(AgreementStatus.SIGNATURES_MISSING);
        WorkItem resolve = taskOn(LEAD, id);
        assertThat(resolve.taskKey()).isEqualTo(AgreementProcess.TASK_RESOLVE_MISSING_SIGNATURES);
        complete(LEAD, resolve, Map.of("closesOn", LocalDate.now(clock).plusWeeks(1)));

        assertThat(runAs.person(LEAD, () -> agreements.latestRound(id)).orElseThrow().parties()).hasSize(1);
        complete(late, taskOn(late, id), Map.of("role", "Director", "agree", true));
        assertThat(runAs.person(LEAD, () -> agreements.details(id)).status()).isEqualTo(AgreementStatus.IN_FORCE);
    }

    @Test
    void a_draft_without_a_required_section_is_refused_and_only_the_ints_people_read_drafts() {
        Map<String, Object> values = draft("No purpose");
        values.remove("purpose");
        StartOutcome refused = runAs.person(LEAD, () -> agreements.share(values));
        assertThat(refused.errors()).extracting(e -> e.key()).containsExactly("purpose");

        long id = share("Harborough draft");
        assertThatThrownBy(() -> runAs.person(LLR_ICB_MANAGER, () -> agreements.details(id)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> runAs.person(ICB_MANAGER, () -> agreements.details(id)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> runAs.person(THURROCK_LEAD, () -> agreements.details(id)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> runAs.person(PPG_REP, () -> agreements.details(id)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> runAs.person(MEMBER, () -> agreements.share(draft("x"))))
                .isInstanceOf(NotAllowedException.class);
    }

    // ----------------------------------------------------------------

    private long share(String title) {
        StartOutcome outcome = runAs.person(LEAD, () -> agreements.share(draft(title)));
        assertThat(outcome.errors()).isEmpty();
        return outcome.recordId();
    }

    private Map<String, Object> draft(String title) {
        return GovernanceDriver.draft(title, harborough, LocalDate.now(clock).plusWeeks(2), "");
    }

    private void comment(String person, long id, Map<String, Object> values) {
        complete(person, taskOn(person, id), values);
    }

    private void closeRound(long id) {
        long roundId = runAs.person(LEAD, () -> agreements.latestRound(id)).orElseThrow().id();
        runAs.person(LEAD, () -> rounds.closeEarly(roundId, "Enough answers to go on."));
    }

    private void complete(String person, WorkItem task, Map<String, Object> values) {
        var outcome = runAs.person(person, () -> workflow.complete(task.id(), values));
        assertThat(outcome.errors()).isEmpty();
    }

    private WorkItem taskOn(String person, long id) {
        return runAs.person(person, () -> tasks.yoursOn(id)).stream().findFirst()
                .orElseThrow(() -> new AssertionError(person + " has no task"));
    }
}
