package org.neighbourhoodportal.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ICB_MANAGER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_INT1_LEAD;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.timeline.TimelineRecord;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A domain's evidence links to records of its own INT (issue 11): PPG feedback loops closed and consultations run,
 * picked by the domain's owner, refused for another INT's record or another kind, kept through re-submission and
 * read back later, by title only for someone who may read the record (on the page, for the ICB, in the downloads).
 * The linked records are written straight into their tables: their own workflows are tested with their features.
 */
@PortalTest
class MaturityEvidenceTests {

    private static final AtomicInteger N = new AtomicInteger();

    @Autowired RunAs runAs;
    @Autowired MaturityService maturity;
    @Autowired MaturityTasks tasks;
    @Autowired MaturityDownloads downloads;
    @Autowired WorkflowService workflow;
    @Autowired CurrentUser currentUser;
    @Autowired DirectoryService directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void the_owner_links_their_ints_closed_loops_and_consultations_run_and_every_reader_of_the_int_sees_their_titles() {
        long harborough = ledTeam(LEAD);
        long closed = feedback(harborough, "CLOSED", "Parking at the surgery");
        long stillOpen = feedback(harborough, "RESPONDED", "Phone queue in the morning");
        long run = consultation(harborough, "OUTCOME_PUBLISHED", "Extended hours on Saturdays");
        long draft = consultation(harborough, "DRAFT", "Being set up still");
        long elsewhere = consultation(ledTeam(THURROCK_INT1_LEAD), "CLOSED", "Tilbury community hub");
        long id = open(LEAD, harborough);
        long domain = firstDomain(LEAD, id);

        List<Evidence> choices = runAs.person(LEAD, () -> maturity.evidenceChoices(id, domain));
        assertThat(choices).extracting(Evidence::title).contains("Parking at the surgery", "Extended hours on Saturdays")
                .doesNotContain("Phone queue in the morning", "Being set up still", "Tilbury community hub");
        assertThat(choices).filteredOn(e -> e.recordId() == closed && e.recordKind().equals("feedback"))
                .singleElement().satisfies(e -> {
                    assertThat(e.kind()).isEqualTo("Feedback loop closed");
                    assertThat(e.route()).isEqualTo("feedback/" + closed);
                });
        assertThatThrownBy(() -> runAs.person(MEMBER, () -> maturity.evidenceChoices(id, domain)))
                .as("only the domain's owner picks").isInstanceOf(NotAllowedException.class);

        record(LEAD, id, domain, List.of(new TimelineRecord("feedback", closed),
                new TimelineRecord("consultation", run)));
        for (String reader : List.of(LEAD, MEMBER)) {
            AssessmentDetails.DomainRow row = row(reader, id, domain);
            assertThat(row.evidenceLinks()).extracting(Evidence::inWords).containsExactly(
                    "Feedback loop closed: Parking at the surgery", "Consultation run: Extended hours on Saturdays");
            assertThat(row.evidenceLinks()).extracting(Evidence::route)
                    .containsExactly("feedback/" + closed, "consultations/" + run);
        }
        assertThat(stillOpen).isNotEqualTo(draft).isNotEqualTo(elsewhere);
    }

    @Test
    void a_record_of_another_int_is_refused_even_when_its_id_is_posted_and_nothing_is_saved() {
        long harborough = ledTeam(LEAD);
        long mine = consultation(harborough, "CLOSED", "Our own consultation " + N.incrementAndGet());
        long theirs = consultation(ledTeam(THURROCK_INT1_LEAD), "OUTCOME_PUBLISHED", "Their consultation");
        long theirLoop = feedback(ledTeam(THURROCK_INT1_LEAD), "CLOSED", "Their closed loop");
        long id = open(LEAD, harborough);
        long domain = firstDomain(LEAD, id);
        record(LEAD, id, domain, List.of(new TimelineRecord("consultation", mine)));

        for (TimelineRecord posted : List.of(new TimelineRecord("consultation", theirs),
                new TimelineRecord("feedback", theirLoop))) {
            assertThatThrownBy(() -> record(LEAD, id, domain, List.of(new TimelineRecord("consultation", mine),
                    posted))).isInstanceOf(AssessmentRefusedException.class).hasMessageContaining("Nothing was saved");
        }
        assertThat(row(LEAD, id, domain).evidenceLinks()).extracting(Evidence::recordId).containsExactly(mine);
    }

    @Test
    void only_closed_loops_and_consultations_run_can_be_linked_not_other_kinds_or_unfinished_ones() {
        long harborough = ledTeam(LEAD);
        long open = feedback(harborough, "ACKNOWLEDGED", "Still being looked at " + N.incrementAndGet());
        long draft = consultation(harborough, "OPEN", "Still open for responses");
        long id = open(LEAD, harborough);
        long domain = firstDomain(LEAD, id);
        long priority = jdbc.queryForObject("select min(p.id) from priority p join workplan w on w.id = p.workplan_id"
                + " where w.team_id = ?", Long.class, harborough);
        for (TimelineRecord refused : List.of(new TimelineRecord("priority", priority),
                new TimelineRecord("proposal", 1), new TimelineRecord("maturity-assessment", id),
                new TimelineRecord("feedback", open), new TimelineRecord("consultation", draft),
                new TimelineRecord("feedback", 987654321L))) {
            assertThatThrownBy(() -> record(LEAD, id, domain, List.of(refused))).as(refused.toString())
                    .isInstanceOf(AssessmentRefusedException.class);
        }
        List<TimelineRecord> tooMany = java.util.stream.LongStream.rangeClosed(1, MaturityService.EVIDENCE_LINKS + 1)
                .mapToObj(n -> new TimelineRecord("feedback", n)).toList();
        assertThatThrownBy(() -> record(LEAD, id, domain, tooMany)).isInstanceOf(AssessmentRefusedException.class)
                .hasMessageContaining("at most " + MaturityService.EVIDENCE_LINKS);
        assertThat(row(LEAD, id, domain).evidenceLinks()).isEmpty();
    }

    @Test
    void links_survive_a_resubmission_and_an_old_assessment_reads_them_back_for_the_icb_and_in_the_downloads()
            throws IOException {
        long int1 = ledTeam(THURROCK_INT1_LEAD);
        long loop = feedback(int1, "CLOSED", "Isolation: a lunch club in Aveley");
        long run = consultation(int1, "CLOSED_WITHOUT_RESPONSES", "Weight management sessions in Purfleet");
        long id = open(THURROCK_INT1_LEAD, int1);
        AssessmentDetails details = runAs.person(THURROCK_INT1_LEAD, () -> maturity.assessment(id));
        long linkedDomain = details.domains().get(1).domainId();
        String linkedCode = details.domains().get(1).code();
        for (AssessmentDetails.DomainRow row : details.domains()) {
            record(THURROCK_INT1_LEAD, id, row.domainId(), row.domainId() == linkedDomain
                    ? List.of(new TimelineRecord("feedback", loop), new TimelineRecord("consultation", run)) : null);
        }
        complete(THURROCK_INT1_LEAD, id, Map.of("noteToLead", "All five done."));
        // the loop is reopened after it was linked; the owner re-submits the domain as it was, then without links
        jdbc.update("update feedback_item set status = 'REOPENED' where id = ?", loop);
        complete(THURROCK_INT1_LEAD, id, Map.of("moderation", "submit"));
        complete(ICB_MANAGER, id, Map.of("review", "questions", "comments", "Which lunch club?"));
        record(THURROCK_INT1_LEAD, id, linkedDomain, List.of(new TimelineRecord("feedback", loop),
                new TimelineRecord("consultation", run)));
        record(THURROCK_INT1_LEAD, id, linkedDomain, null);
        complete(THURROCK_INT1_LEAD, id, Map.of("moderation", "submit", "answerToIcb", "The one in Aveley."));
        complete(ICB_MANAGER, id, Map.of("review", "accept", "comments", "Thank you."));
        assertThat(runAs.person(THURROCK_INT1_LEAD, () -> maturity.assessment(id)).status())
                .isEqualTo(AssessmentStatus.PUBLISHED);
        long next = open(THURROCK_INT1_LEAD, int1); // a newer period: the old assessment keeps its own links
        assertThat(row(THURROCK_INT1_LEAD, next, linkedDomain).evidenceLinks()).isEmpty();

        List<String> expected = List.of("Feedback loop closed: Isolation: a lunch club in Aveley",
                "Consultation run: Weight management sessions in Purfleet");
        for (String reader : List.of(THURROCK_INT1_LEAD, ICB_MANAGER)) {
            assertThat(row(reader, id, linkedDomain).evidenceLinks()).extracting(Evidence::inWords)
                    .containsExactlyElementsOf(expected);
        }
        long icb = runAs.person(ICB_MANAGER, () -> currentUser.require().managedIcbs().iterator().next());
        IcbOverview view = runAs.person(ICB_MANAGER, () -> maturity.icbOverview(icb));
        IcbOverview.TeamRow row = view.teams().stream().filter(t -> t.teamId() == int1).findFirst().orElseThrow();
        assertThat(row.assessmentId()).isEqualTo(id);
        assertThat(row.cells().get(1).evidence()).extracting(Evidence::inWords).containsExactlyElementsOf(expected);

        ByteArrayOutputStream excel = new ByteArrayOutputStream();
        ByteArrayOutputStream word = new ByteArrayOutputStream();
        runAs.person(ICB_MANAGER, () -> {
            try {
                downloads.icbMatrix(icb, excel);
                downloads.summary(id, word);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel.toByteArray()))) {
            XSSFSheet sheet = book.getSheet("Records that show it");
            StringBuilder all = new StringBuilder();
            sheet.forEach(r -> r.forEach(c -> all.append(c.toString()).append('|')));
            assertThat(all.toString()).contains("Thurrock INT 1", expected.get(0), expected.get(1));
            assertThat(sheet.getPrintSetup().getPaperSize())
                    .isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        }
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(
                new ByteArrayInputStream(word.toByteArray())))) {
            assertThat(text.getText()).contains("Records that show it: " + expected.get(0) + "; " + expected.get(1));
        }
        assertThat(linkedCode).isNotBlank();
    }

    @Test
    void a_link_to_a_record_the_reader_may_not_read_shows_its_kind_but_never_its_title() throws IOException {
        long int1 = ledTeam(THURROCK_INT1_LEAD);
        long harborough = ledTeam(LEAD);
        long hidden = consultation(harborough, "CLOSED", "A Harborough consultation the ICB of Essex may not read");
        long id = open(THURROCK_INT1_LEAD, int1);
        long domain = firstDomain(THURROCK_INT1_LEAD, id);
        record(THURROCK_INT1_LEAD, id, domain, List.of());
        // a link the service would refuse, written straight in (as a record that later moved INT would leave it)
        long entry = jdbc.queryForObject("select id from maturity_domain_entry where assessment_id = ? and "
                + "framework_item_id = ?", Long.class, id, domain);
        jdbc.update("insert into maturity_evidence_link (entry_id, record_kind, record_id) values (?, ?, ?)", entry,
                "consultation", hidden);
        Evidence shown = row(THURROCK_INT1_LEAD, id, domain).evidenceLinks().get(0);
        assertThat(shown.visible()).isFalse();
        assertThat(shown.title()).isNull();
        assertThat(shown.route()).isNull();
        assertThat(shown.inWords()).isEqualTo("Consultation run: not visible to you");
        ByteArrayOutputStream word = new ByteArrayOutputStream();
        runAs.person(THURROCK_INT1_LEAD, () -> {
            try {
                downloads.summary(id, word);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(
                new ByteArrayInputStream(word.toByteArray())))) {
            assertThat(text.getText()).contains("Consultation run: not visible to you")
                    .doesNotContain("A Harborough consultation");
        }
        // the Harborough lead, who may read it, sees the title through the same service
        long theirs = open(LEAD, harborough);
        long theirDomain = firstDomain(LEAD, theirs);
        assertThat(runAs.person(LEAD, () -> maturity.evidenceChoices(theirs, theirDomain)).stream()
                .map(Evidence::title)).contains("A Harborough consultation the ICB of Essex may not read");
    }

    @Test
    void each_demo_profile_and_assessment_is_kept_by_a_person_of_its_own_int() {
        List<Map<String, Object>> kept = jdbc.queryForList("select team_id, updated_by as person from int_profile"
                + " union all select team_id, opened_by from maturity_assessment where period in ('2024/25', '2025/26')"
                + " union all select a.team_id, e.owner_id from maturity_domain_entry e join maturity_assessment a"
                + " on a.id = e.assessment_id where a.period in ('2024/25', '2025/26')"
                + " union all select a.team_id, e.recorded_by from maturity_domain_entry e join maturity_assessment a"
                + " on a.id = e.assessment_id where a.period in ('2024/25', '2025/26')"
                + " union all select a.team_id, t.actor_id from timeline_entry t join maturity_assessment a"
                + " on a.id = t.record_id and t.record_kind = 'maturity-assessment'"
                + " where a.period in ('2024/25', '2025/26') and t.actor_id is not null");
        long profiles = jdbc.queryForObject("select count(*) from int_profile", Long.class);
        assertThat(profiles).as("Harborough and Thurrock's four INTs").isGreaterThanOrEqualTo(5);
        assertThat(kept).hasSizeGreaterThan(5 * 3);
        Map<Long, List<Long>> peopleOf = new HashMap<>();
        for (Map<String, Object> row : kept) {
            long team = ((Number) row.get("TEAM_ID")).longValue();
            long person = ((Number) row.get("PERSON")).longValue();
            List<Long> people = peopleOf.computeIfAbsent(team, t -> runAs.person(LEAD,
                    () -> directory.teamPeople(t)).stream().map(PersonOption::id).toList());
            assertThat(people).as("team %d's people include person %d", team, person).contains(person);
        }
        assertThat(peopleOf).hasSizeGreaterThanOrEqualTo(5);
        String harboroughChanger = jdbc.queryForObject("select p.display_name from int_profile i join person p on "
                + "p.id = i.updated_by join neighbourhood_team t on t.id = i.team_id where t.name = 'Harborough INT'",
                String.class);
        assertThat(harboroughChanger).isEqualTo("Helen Carter");
    }

    // ----------------------------------------------------------------------------------------------------------------

    private long feedback(long team, String status, String summary) {
        return feedback(jdbc, clock, team, status, summary);
    }

    private long consultation(long team, String status, String title) {
        return consultation(jdbc, clock, team, status, title);
    }

    /** A PPG feedback item of the team in this state, written straight in; its id. */
    static long feedback(JdbcTemplate jdbc, Clock clock, long team, String status, String summary) {
        long ppg = jdbc.queryForObject("select min(id) from ppg", Long.class);
        long person = jdbc.queryForObject("select min(id) from person", Long.class);
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.update("insert into feedback_item (team_id, ppg_id, submitted_by, theme, summary, patients_said,"
                + " may_contact, status, escalated, submitted_at, acknowledge_due, closed_at, version)"
                + " values (?, ?, ?, 'Access', ?, 'What patients said', false, ?, false, ?, ?, ?, 0)", team, ppg,
                person, summary, status, now, now, status.equals("CLOSED") ? now : null);
        return jdbc.queryForObject("select max(id) from feedback_item where summary = ?", Long.class, summary);
    }

    /** A consultation of the team in this state, written straight in; its id. */
    static long consultation(JdbcTemplate jdbc, Clock clock, long team, String status, String title) {
        long person = jdbc.queryForObject("select min(id) from person", Long.class);
        LocalDate today = LocalDate.now(clock);
        jdbc.update("insert into consultation (team_id, title, summary, audience, opens_on, closes_on, status,"
                + " created_by, created_at, version) values (?, ?, 'Summary', 'BOTH', ?, ?, ?, ?, ?, 0)", team, title,
                java.sql.Date.valueOf(today.minusWeeks(6)), java.sql.Date.valueOf(today.minusWeeks(1)), status, person,
                Timestamp.from(Instant.now(clock)));
        return jdbc.queryForObject("select max(id) from consultation where title = ?", Long.class, title);
    }

    private long open(String lead, long team) {
        long me = runAs.person(lead, () -> currentUser.require().personId());
        FrameworkVersion matrix = runAs.person(lead, () -> maturity.frameworks()).stream()
                .filter(f -> f.code().equals(MaturityService.DEFAULT_FRAMEWORK) && f.version().equals("2019"))
                .findFirst().orElseThrow();
        Map<Long, Long> owners = new HashMap<>();
        matrix.domains().forEach(d -> owners.put(d.id(), me));
        return runAs.person(lead, () -> maturity.open(new OpenRequest(team, matrix.id(),
                "Evidence " + N.incrementAndGet(), LocalDate.now(clock).plusWeeks(3), owners)));
    }

    private void record(String owner, long id, long domain, List<TimelineRecord> links) {
        AssessmentDetails details = runAs.person(owner, () -> maturity.assessment(id));
        long stage = details.framework().stages().get(1).id();
        long target = details.framework().stages().get(2).id();
        runAs.person(owner, () -> maturity.recordDomain(id, domain, new DomainDraft(stage, target, "In words",
                "Support", links)));
    }

    private AssessmentDetails.DomainRow row(String reader, long id, long domain) {
        return runAs.person(reader, () -> maturity.assessment(id)).domains().stream()
                .filter(d -> d.domainId() == domain).findFirst().orElseThrow();
    }

    private long firstDomain(String person, long id) {
        return runAs.person(person, () -> maturity.assessment(id)).domains().get(0).domainId();
    }

    private long ledTeam(String lead) {
        return runAs.person(lead, () -> currentUser.require().ledTeams().iterator().next());
    }

    private void complete(String person, long id, Map<String, Object> values) {
        WorkItem task = runAs.person(person, () -> tasks.yoursOn(id)).stream().findFirst()
                .orElseThrow(() -> new AssertionError(person + " has no task"));
        var outcome = runAs.person(person, () -> workflow.complete(task.id(), values));
        assertThat(outcome.errors()).as(task.name()).isEmpty();
    }
}
