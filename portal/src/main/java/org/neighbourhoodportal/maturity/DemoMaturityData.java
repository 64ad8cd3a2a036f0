package org.neighbourhoodportal.maturity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neighbourhoodportal.demo.DemoData;
import org.neighbourhoodportal.directory.DemoDirectoryData;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.maturity.domain.Assessment;
import org.neighbourhoodportal.maturity.domain.AssessmentRepository;
import org.neighbourhoodportal.maturity.domain.DomainEntry;
import org.neighbourhoodportal.maturity.domain.DomainEntryRepository;
import org.neighbourhoodportal.maturity.domain.MaturityDomain;
import org.neighbourhoodportal.maturity.domain.MaturityDomainRepository;
import org.neighbourhoodportal.maturity.domain.MaturityFramework;
import org.neighbourhoodportal.maturity.domain.MaturityFrameworkRepository;
import org.neighbourhoodportal.maturity.domain.MaturityStage;
import org.neighbourhoodportal.maturity.domain.MaturityStageRepository;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.Visibility;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo self-assessments, believable against the seeds: Thurrock's four INTs (Mid and South Essex ICB; seed 001: four
 * INTs, one per PCN, in one of the most under-doctored areas, early priorities high intensity users, nutrition,
 * isolation, weight management) early in Step 1 on data and population health management; Harborough INT (LLR; seed
 * 000: a monthly multi-organisational forum, two PPGs, joint bids, work with Fire and Rescue) further on in working
 * with people and communities. Two published periods each, 2024/25 and 2025/26.
 *
 * <p>These are past, already published assessments brought in as history (the paper self-assessments before the
 * portal), written straight into the feature's records with a timeline line saying so. Each INT's records are its
 * own lead's ({@link #KEPT_BY}): opened, owned, recorded and brought in by them, and its profile last changed by them,
 * never by the person the demo loads as. New assessments go through {@link MaturityService}.
 */
@Component
@Order(500)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoMaturityData implements DemoData {

    private static final String HARBOROUGH = DemoDirectoryData.HARBOROUGH;
    private static final String[] PERIODS = {"2024/25", "2025/26"};

    /** Team (name prefix) → the person of that INT who keeps its assessments and profile (its lead in the demo). */
    static final Map<String, String> KEPT_BY = Map.of(
            HARBOROUGH, "Helen Carter",
            "Thurrock INT 1", "Sunita Rao",
            "Thurrock INT 2", "Michael Okafor",
            "Thurrock INT 3", "Claire Benson",
            "Thurrock INT 4", "Tom Whitfield");

    /** Team (name prefix) → period → domain → {current, target, support asked for, evidence}. */
    private static final Map<String, List<Map<String, String[]>>> DEMO = Map.of(
            "Thurrock INT 1", List.of(
                    Map.of("LEADERSHIP", row("STEP_1", "STEP_2", "Facilitated time for the PCN and council leads to agree shared priorities.", "Steering group set up; PCN clinical director attends."),
                            "DATA_PHM", row("FOUNDATION", "STEP_1", "Analyst support to find high intensity users across practices.", "Practices share list sizes and Core20PLUS5 counts."),
                            "INTEGRATING", row("FOUNDATION", "STEP_1", null, "Monthly MDT for frail patients started in one practice."),
                            "RESOURCES", row("FOUNDATION", "STEP_1", "Help to recruit shared roles in an under-doctored area.", "Workforce mapped across the PCN."),
                            "PEOPLE", row("FOUNDATION", "STEP_1", null, "Healthwatch Thurrock invited to the INT.")),
                    Map.of("LEADERSHIP", row("STEP_1", "STEP_2", null, "Terms of reference agreed with council and EPUT."),
                            "DATA_PHM", row("STEP_1", "STEP_2", "A shared population health dashboard for the four INTs.", "High intensity users identified from shared data for the first time."),
                            "INTEGRATING", row("STEP_1", "STEP_2", null, "MDT extended to all practices, with adult social care."),
                            "RESOURCES", row("FOUNDATION", "STEP_1", "Estates: a shared space for the MDT.", "Two social prescribers shared across practices."),
                            "PEOPLE", row("STEP_1", "STEP_2", null, "Community conversations on isolation with Thurrock CVS."))),
            "Thurrock INT 2", List.of(
                    Map.of("LEADERSHIP", row("FOUNDATION", "STEP_1", "Leadership development for the new INT lead.", "Grays PCN agreed to host the INT."),
                            "DATA_PHM", row("FOUNDATION", "STEP_1", "Data sharing agreement template.", "No shared data yet beyond practice lists."),
                            "INTEGRATING", row("FOUNDATION", "STEP_1", null, "Links with NELFT community nursing."),
                            "RESOURCES", row("FOUNDATION", "STEP_1", null, "Budget for INT coordination agreed for one year."),
                            "PEOPLE", row("FOUNDATION", "STEP_1", null, "PPG chairs met once.")),
                    Map.of("LEADERSHIP", row("STEP_1", "STEP_2", null, "Monthly INT board with partners."),
                            "DATA_PHM", row("STEP_1", "STEP_2", "Analyst time from the ICB's population health team.", "Weight management cohort found from shared practice data."),
                            "INTEGRATING", row("FOUNDATION", "STEP_1", "Support to set up a multidisciplinary team meeting.", "Referral route to adult social care agreed."),
                            "RESOURCES", row("STEP_1", "STEP_1", null, "Shared care coordinator in post."),
                            "PEOPLE", row("STEP_1", "STEP_2", null, "Nutrition sessions co-designed with residents."))),
            "Thurrock INT 3", List.of(
                    Map.of("LEADERSHIP", row("FOUNDATION", "STEP_1", null, "Tilbury and Chadwell PCN leads named for the INT."),
                            "DATA_PHM", row("FOUNDATION", "STEP_1", "Help to read Core20PLUS5 data for the neighbourhood.", "Practice-level data only."),
                            "INTEGRATING", row("FOUNDATION", "STEP_1", null, "Social prescribing links with Thurrock CVS."),
                            "RESOURCES", row("FOUNDATION", "FOUNDATION", null, "Workforce gaps recorded."),
                            "PEOPLE", row("STEP_1", "STEP_2", null, "Long-standing community groups in Tilbury involved.")),
                    Map.of("LEADERSHIP", row("STEP_1", "STEP_2", "Time for the clinical director to lead the INT.", "INT steering group meets monthly."),
                            "DATA_PHM", row("STEP_1", "STEP_2", "Analyst time from the ICB's population health team.", "Isolation cohort identified with the council's data."),
                            "INTEGRATING", row("STEP_1", "STEP_2", null, "Weekly huddle with community nursing and mental health."),
                            "RESOURCES", row("FOUNDATION", "STEP_1", "Recruitment help for GP and ARRS roles.", "Recruitment plan agreed with the PCN."),
                            "PEOPLE", row("STEP_1", "STEP_2", null, "Residents' panel set up with Healthwatch."))),
            "Thurrock INT 4", List.of(
                    Map.of("LEADERSHIP", row("STEP_1", "STEP_2", null, "INT manager in post, hosted by Thurrock CVS."),
                            "DATA_PHM", row("FOUNDATION", "STEP_1", "A data sharing agreement with the council.", "Practices' data reviewed separately."),
                            "INTEGRATING", row("FOUNDATION", "STEP_1", null, "Case reviews for high intensity users started."),
                            "RESOURCES", row("FOUNDATION", "STEP_1", null, "Shared rota for social prescribers."),
                            "PEOPLE", row("STEP_1", "STEP_1", null, "Two PPGs linked to the INT.")),
                    Map.of("LEADERSHIP", row("STEP_1", "STEP_2", "Peer support from another ICB's INT leads.", "Work plan agreed by the INT board."),
                            "DATA_PHM", row("STEP_1", "STEP_2", "Analyst time from the ICB's population health team.", "Nutrition and weight management cohorts from linked data."),
                            "INTEGRATING", row("STEP_1", "STEP_2", null, "High intensity user MDT with EPUT and adult social care."),
                            "RESOURCES", row("STEP_1", "STEP_2", null, "Shared space at the community hub."),
                            "PEOPLE", row("STEP_1", "STEP_2", "Help to reach people who do not use services.", "Isolation project with residents."))),
            HARBOROUGH, List.of(
                    Map.of("LEADERSHIP", row("STEP_1", "STEP_2", null, "Multi-organisational forum meets monthly with five objectives."),
                            "DATA_PHM", row("FOUNDATION", "STEP_1", "A shared view of data across the district.", "Practices and the council share headline figures."),
                            "INTEGRATING", row("STEP_1", "STEP_2", null, "Cross-organisational working with Fire and Rescue."),
                            "RESOURCES", row("STEP_1", "STEP_1", null, "Joint bids with partners."),
                            "PEOPLE", row("STEP_1", "STEP_2", null, "PPGs of two larger practices involved.")),
                    Map.of("LEADERSHIP", row("STEP_2", "STEP_2", null, "Forum agreed its work plan with partners."),
                            "DATA_PHM", row("STEP_1", "STEP_2", "Population health analyst time from LLR ICB.", "Children and young people's needs mapped with HCYC."),
                            "INTEGRATING", row("STEP_1", "STEP_2", null, "Admiral Nurse case reviewed across organisations."),
                            "RESOURCES", row("STEP_1", "STEP_2", "Bid-writing support after the unsuccessful Green Social Prescribing bid.", "Joint bids with the district council."),
                            "PEOPLE", row("STEP_2", "STEP_3", null, "Feedback both ways with two PPGs through the portal."))));

    /**
     * Each INT's own account of its model on the City & Hackney review's four aspects (seed 003): scope, roles and
     * sectors, location, management and governance. Harborough from seed 000 (a monthly multi-organisational forum
     * since 2017); Thurrock's from seed 001 (four INTs on PCN footprints, SLH first, a steering group and a working
     * group, weekly meetings in SLH), the other three told apart as believable early-stage variants.
     */
    private static final Map<String, String[]> PROFILES = Map.of(
            HARBOROUGH, new String[] {
                    "Open: the whole Harborough District population, with five objectives (health and wellbeing at "
                            + "home; independence and prevention; working smarter; gaps and overlaps; loneliness and "
                            + "isolation in everything we do). Themed work on the Armed Forces community, mental "
                            + "health, and children and young people.",
                    "Primary care (PCNs, GPs, social prescribing link workers, health coaches, PPGs); LPT community "
                            + "nursing, therapy and mental health; county council adult social care, public health "
                            + "and local area coordinators; the district council; VASL, Royal Voluntary Service, "
                            + "Home-Start, HCYC; Age UK and Healthwatch invited; Fire and Rescue.",
                    "Mostly virtual: the monthly forum meets online, with themed meetings in person in Market "
                            + "Harborough and Lutterworth; no shared premises.",
                    "A multi-organisational forum since 2017 (first as a Locality Integrated Leadership Team), "
                            + "coordinated by the ICB's integration and transformation manager; each organisation "
                            + "keeps its own line management; the forum agrees a yearly work plan."},
            "Thurrock INT 4", new String[] {
                    "Defined criteria first: high intensity users, then nutrition, isolation and weight management, "
                            + "chosen with residents and partners.",
                    "General practice and PCN roles (ARRS, social prescribers), community nursing, mental health "
                            + "(EPUT), adult social care, Thurrock CVS and local VCSE groups; others join for a case.",
                    "A weekly meeting, in person at the Stanford-le-Hope community hub once a month and online in "
                            + "between.",
                    "The first Thurrock INT: an INT manager hosted by Thurrock CVS, reporting to the Thurrock INT "
                            + "Steering Group; each organisation manages its own staff."},
            "Thurrock INT 1", new String[] {
                    "Defined criteria: people living with frailty and high intensity users across the PCN's practices.",
                    "PCN clinical director and practices, community nursing (NELFT), adult social care, two shared "
                            + "social prescribers; Healthwatch Thurrock invited.",
                    "A monthly multidisciplinary meeting online; case reviews at Purfleet practice.",
                    "A steering group of the PCN, the council and EPUT under the Thurrock INT Steering Group; no "
                            + "host organisation yet."},
            "Thurrock INT 2", new String[] {
                    "Preventative work: weight management and nutrition, from shared practice data.",
                    "Grays PCN practices, a shared care coordinator, adult social care, community nursing; residents "
                            + "co-design the nutrition sessions.",
                    "Online meetings; nutrition sessions in community venues in Grays.",
                    "Hosted by Grays PCN; a monthly INT board with partners reporting to the Thurrock INT Steering "
                            + "Group."},
            "Thurrock INT 3", new String[] {
                    "Open: any resident the team is worried about, with a focus on isolation.",
                    "Tilbury and Chadwell PCN, community nursing, mental health, social prescribing with Thurrock "
                            + "CVS, long-standing community groups in Tilbury, and a residents' panel with Healthwatch.",
                    "A weekly huddle online; community groups' own venues for residents' sessions.",
                    "A monthly steering group led by the PCN clinical director, reporting to the Thurrock INT "
                            + "Steering Group."});

    private final AssessmentRepository assessments;
    private final org.neighbourhoodportal.maturity.domain.IntProfileRepository profiles;
    private final DomainEntryRepository entries;
    private final MaturityFrameworkRepository frameworks;
    private final MaturityDomainRepository domains;
    private final MaturityStageRepository stages;
    private final DirectoryService directory;
    private final CurrentUser currentUser;
    private final Timeline timeline;
    private final Clock clock;

    DemoMaturityData(AssessmentRepository assessments, DomainEntryRepository entries,
                     MaturityFrameworkRepository frameworks, MaturityDomainRepository domains,
                     MaturityStageRepository stages, DirectoryService directory, CurrentUser currentUser,
                     Timeline timeline, Clock clock,
                     org.neighbourhoodportal.maturity.domain.IntProfileRepository profiles) {
        this.profiles = profiles;
        this.assessments = assessments;
        this.entries = entries;
        this.frameworks = frameworks;
        this.domains = domains;
        this.stages = stages;
        this.directory = directory;
        this.currentUser = currentUser;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    public String loadAs() {
        return DemoDirectoryData.THURROCK_LEAD;
    }

    @Override
    @Transactional
    public void load() {
        currentUser.require();
        MaturityFramework matrix = frameworks.findByCodeAndVersion(MaturityService.DEFAULT_FRAMEWORK, "2019")
                .orElseThrow(() -> new IllegalStateException("The PCN Maturity Matrix (2019) is not loaded"));
        Map<String, MaturityDomain> domainByCode = domains.findByFrameworkIdOrderBySortOrder(matrix.getId()).stream()
                .collect(Collectors.toMap(MaturityDomain::getCode, Function.identity()));
        Map<String, MaturityStage> stageByCode = stages.findByFrameworkIdOrderBySortOrder(matrix.getId()).stream()
                .collect(Collectors.toMap(MaturityStage::getCode, Function.identity()));
        List<TeamSummary> teams = directory.allTeams();
        int year = LocalDate.now(clock).getYear();
        PROFILES.forEach((teamPrefix, aspects) -> {
            TeamSummary team = teams.stream().filter(t -> t.name().startsWith(teamPrefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No demo team " + teamPrefix));
            org.neighbourhoodportal.maturity.domain.IntProfile profile =
                    new org.neighbourhoodportal.maturity.domain.IntProfile(team.id());
            PersonOption keeper = keeper(team, teamPrefix);
            profile.update(aspects[0], aspects[1], aspects[2], aspects[3], keeper.id(), clock.instant());
            profiles.save(profile);
        });
        DEMO.forEach((teamPrefix, periods) -> {
            TeamSummary team = teams.stream().filter(t -> t.name().startsWith(teamPrefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No demo team " + teamPrefix));
            PersonOption keeper = keeper(team, teamPrefix);
            for (int p = 0; p < periods.size(); p++) {
                // each period's self-assessment in its September, published by March (the 2019 cycle)
                int start = year - 2 + p;
                Instant opened = LocalDate.of(start, 9, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
                Instant published = LocalDate.of(start + 1, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
                Assessment assessment = new Assessment(team.id(), matrix.getId(), PERIODS[p],
                        LocalDate.of(start, 9, 30), keeper.id(), opened);
                assessment.submitted(published);
                assessment.published(published);
                assessment = assessments.save(assessment);
                for (Map.Entry<String, String[]> cell : periods.get(p).entrySet()) {
                    String[] v = cell.getValue();
                    DomainEntry entry = new DomainEntry(assessment.getId(), domainByCode.get(cell.getKey()).getId(),
                            keeper.id());
                    entry.record(stageByCode.get(v[0]).getId(), stageByCode.get(v[1]).getId(), v[3], v[2],
                            keeper.id(), opened);
                    entries.save(entry);
                }
                timeline.appendAt(published, MaturityTimelines.assessment(assessment.getId()),
                        new Credit(keeper.id(), keeper.name()),
                        "IMPORTED", "Brought in from the paper self-assessment",
                        "Agreed with the ICB and published before the portal.", Visibility.EVERYONE);
            }
        });
    }

    /** The INT's own person who keeps its records in the demo. */
    private PersonOption keeper(TeamSummary team, String teamPrefix) {
        String name = KEPT_BY.get(teamPrefix);
        return directory.teamPeople(team.id()).stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " is not one of " + team.name() + "'s people"));
    }

    private static String[] row(String current, String target, String support, String evidence) {
        return new String[] {current, target, support, evidence};
    }
}
