package org.neighbourhoodportal.maturity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.maturity.domain.Assessment;
import org.neighbourhoodportal.maturity.domain.AssessmentRepository;
import org.neighbourhoodportal.maturity.domain.DomainEntry;
import org.neighbourhoodportal.maturity.domain.DomainEntryRepository;
import org.neighbourhoodportal.maturity.domain.EvidenceLink;
import org.neighbourhoodportal.maturity.domain.MaturityDescriptor;
import org.neighbourhoodportal.maturity.domain.MaturityDescriptorRepository;
import org.neighbourhoodportal.maturity.domain.MaturityDomain;
import org.neighbourhoodportal.maturity.domain.MaturityDomainRepository;
import org.neighbourhoodportal.maturity.domain.MaturityFramework;
import org.neighbourhoodportal.maturity.domain.MaturityFrameworkRepository;
import org.neighbourhoodportal.maturity.domain.MaturityStage;
import org.neighbourhoodportal.maturity.domain.MaturityStageRepository;
import org.neighbourhoodportal.processes.MaturityAssessment;
import org.neighbourhoodportal.rounds.OpenedRound;
import org.neighbourhoodportal.rounds.Party;
import org.neighbourhoodportal.rounds.PartyType;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.RoundSpec;
import org.neighbourhoodportal.rounds.RoundStatus;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.LinkableRecords;
import org.neighbourhoodportal.timeline.RecordLink;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.TimelineRecord;
import org.neighbourhoodportal.timeline.Visibility;
import org.neighbourhoodportal.workflow.ProcessService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maturity self-assessments: an INT assesses itself, domain by domain, against a version of a maturity framework (the
 * PCN Maturity Matrix, NHS England 2019: five domains, stages Foundation and Steps 1–3, to verify against the
 * published matrix); its lead moderates and submits; its ICB reviews. Every method checks the signed-in person
 * through {@link MaturityPolicy} and throws {@link NotAllowedException} when they may not. What each step of the
 * process records lives in {@code maturity.process}, package-private.
 *
 * <p>An assessment keeps the framework version it was opened with: a later version is new reference rows and never
 * changes it.
 */
@Service
@Transactional
public class MaturityService {

    /** The kind of the assessments' rounds of answers (see {@code rounds.RoundSpec#kind}). */
    public static final String ROUND_KIND = "maturity";
    public static final String ANSWER_TASK_NAME = "Assess your domains";
    /** The framework new assessments use unless the lead chooses another version. */
    public static final String DEFAULT_FRAMEWORK = "PCN_MATURITY";
    /**
     * The kinds of record a domain's evidence may link to, with their names in words: PPG feedback loops closed and
     * consultations run (issue 11). Each is offered by its feature's {@link LinkableRecords} bean.
     */
    public static final Map<String, String> EVIDENCE_KINDS = evidenceKinds();
    /** At most this many linked records per domain. */
    public static final int EVIDENCE_LINKS = 20;

    private final AssessmentRepository assessments;
    private final DomainEntryRepository entries;
    private final MaturityFrameworkRepository frameworks;
    private final MaturityDomainRepository domains;
    private final MaturityStageRepository stages;
    private final MaturityDescriptorRepository descriptors;
    private final DirectoryService directory;
    private final ProcessService processes;
    private final RoundService rounds;
    private final MaturityPolicy policy;
    private final Timeline timeline;
    private final Clock clock;
    private final Map<String, LinkableRecords> evidenceSources;

    MaturityService(AssessmentRepository assessments, DomainEntryRepository entries,
                    MaturityFrameworkRepository frameworks, MaturityDomainRepository domains,
                    MaturityStageRepository stages, MaturityDescriptorRepository descriptors,
                    DirectoryService directory, ProcessService processes, RoundService rounds, MaturityPolicy policy,
                    Timeline timeline, Clock clock, List<LinkableRecords> linkable) {
        this.assessments = assessments;
        this.entries = entries;
        this.frameworks = frameworks;
        this.domains = domains;
        this.stages = stages;
        this.descriptors = descriptors;
        this.directory = directory;
        this.processes = processes;
        this.rounds = rounds;
        this.policy = policy;
        this.timeline = timeline;
        this.clock = clock;
        this.evidenceSources = linkable.stream().filter(l -> EVIDENCE_KINDS.containsKey(l.recordKind()))
                .collect(Collectors.toMap(LinkableRecords::recordKind, Function.identity()));
    }

    /**
     * The maturity frameworks an assessment can use: every published version that has stages, newest first within a
     * framework, each with its source and descriptors. Drafts an administrator is still writing are never offered.
     * Anyone signed in (it is published reference data).
     *
     * @throws NotAllowedException when nobody is signed in
     */
    @Transactional(readOnly = true)
    public List<FrameworkVersion> frameworks() {
        policy.me();
        Set<Long> withStages = stages.findAll().stream().map(MaturityStage::getFrameworkId)
                .collect(Collectors.toCollection(TreeSet::new));
        return frameworks.findAllById(withStages).stream().filter(f -> f.getStatus() == FrameworkStatus.PUBLISHED)
                .sorted(Comparator.comparing(MaturityFramework::getCode)
                        .thenComparing(MaturityFramework::getVersion, Comparator.reverseOrder()))
                .map(f -> version(f.getId())).toList();
    }

    /**
     * The people of a team who can own a domain: its leads and member representatives. Only the team's leads.
     *
     * @throws NotAllowedException unless the caller leads the team
     */
    @Transactional(readOnly = true)
    public List<PersonOption> possibleOwners(long teamId) {
        policy.requireMayOpen(policy.me(), teamId);
        return directory.teamPeople(teamId);
    }

    /**
     * An INT lead opens a self-assessment for a period: one entry per domain of the framework version, each with its
     * owner, and a round of answers asking each owner (one task each, a reminder three days before, closing at the end
     * of {@code closesOn} in the portal's time zone). The process starts in the same transaction.
     *
     * @return the new assessment's id
     * @throws NotAllowedException  unless the caller leads the team
     * @throws AssessmentRefusedException when the period is empty or too long, the closing date is not after today,
     *                              a domain has no owner or an owner is not one of the team's people, or the team
     *                              already has an assessment for this period and framework version, or the
     *                              version is not published
     */
    public long open(OpenRequest request) {
        AccessProfile me = policy.me();
        policy.requireMayOpen(me, request.teamId());
        String period = request.period() == null ? "" : request.period().trim();
        if (period.isEmpty() || period.length() > Assessment.PERIOD_LENGTH) {
            throw new AssessmentRefusedException("Name the period in at most " + Assessment.PERIOD_LENGTH
                    + " characters, for example \"2026/27\".");
        }
        if (request.closesOn() == null || !request.closesOn().isAfter(PortalTime.today(clock))) {
            throw new AssessmentRefusedException("Choose a closing date after today, so the owners have time.");
        }
        if (frameworks.findById(request.frameworkId()).filter(f -> f.getStatus() == FrameworkStatus.PUBLISHED)
                .isEmpty()) {
            throw new AssessmentRefusedException("Choose a published framework version.");
        }
        List<MaturityDomain> frameworkDomains = domains.findByFrameworkIdOrderBySortOrder(request.frameworkId());
        if (frameworkDomains.isEmpty() || stages.findByFrameworkIdOrderBySortOrder(request.frameworkId()).isEmpty()) {
            throw new AssessmentRefusedException("That framework has no domains and stages to assess against.");
        }
        Map<Long, PersonOption> people = directory.teamPeople(request.teamId()).stream()
                .collect(Collectors.toMap(PersonOption::id, Function.identity(), (a, b) -> a));
        for (MaturityDomain domain : frameworkDomains) {
            Long owner = request.owners().get(domain.getId());
            if (owner == null || !people.containsKey(owner)) {
                throw new AssessmentRefusedException("Choose an owner from the team for \"" + domain.getTitle()
                        + "\".");
            }
        }
        if (assessments.findByTeamIdOrderByPeriod(request.teamId()).stream().anyMatch(a ->
                a.getPeriod().equalsIgnoreCase(period) && a.getFrameworkId() == request.frameworkId())) {
            throw new AssessmentRefusedException("The team already has an assessment for " + period + ".");
        }
        Assessment assessment;
        try {
            assessment = assessments.saveAndFlush(new Assessment(request.teamId(), request.frameworkId(), period,
                    request.closesOn(), me.personId(), clock.instant()));
        } catch (DataIntegrityViolationException sameMoment) {
            throw new AssessmentRefusedException("The team already has an assessment for " + period + ".");
        }
        for (MaturityDomain domain : frameworkDomains) {
            entries.save(new DomainEntry(assessment.getId(), domain.getId(), request.owners().get(domain.getId())));
        }

        TeamSummary team = directory.team(request.teamId());
        Set<Long> owners = new TreeSet<>(request.owners().values());
        List<Party> parties = owners.stream().map(id -> new Party(PartyType.PERSON, id, people.get(id).name(),
                WorkGroups.personInTeam(team.id(), id))).toList();
        OpenedRound round = rounds.open(new RoundSpec(ROUND_KIND, assessment.getId(),
                "Maturity self-assessment " + period + ": " + team.name(), route(assessment.getId()),
                WorkGroups.teamLeads(team.id()), List.of(WorkGroups.teamMembers(team.id())),
                MaturityAssessment.FORM_ASSESS_YOUR_DOMAINS, ANSWER_TASK_NAME,
                "Your INT is assessing its maturity for " + period + ". Record where the team is now and where it "
                        + "aims to be in the domains you own, with the evidence and the support the team needs.",
                PortalTime.endOf(request.closesOn(), clock), parties));

        Map<String, Object> variables = new HashMap<>(round.processVariables());
        variables.put(MaturityAssessment.VAR_ASSESSMENT_ID, assessment.getId());
        variables.put(MaturityAssessment.VAR_TEAM_ID, team.id());
        variables.put(MaturityAssessment.VAR_LEAD_GROUP, WorkGroups.teamLeads(team.id()));
        variables.put(MaturityAssessment.VAR_ICB_GROUP, WorkGroups.icbManagers(team.icbId()));
        processes.start(MaturityAssessment.KEY, assessment.getId().toString(), variables);
        timeline.append(MaturityTimelines.assessment(assessment.getId()), Credit.person(me), "OPENED",
                "Assessment opened for " + period, "Domain owners: " + String.join(", ",
                        owners.stream().map(id -> people.get(id).name()).sorted().toList()), Visibility.EVERYONE);
        return assessment.getId();
    }

    /**
     * One assessment with its framework version (the one it was opened with), its domains, where it is now and its
     * timeline.
     *
     * @throws NotAllowedException "does not exist, or no access" unless the caller may read it (see
     *                             {@link MaturityPolicy})
     */
    @Transactional(readOnly = true)
    public AssessmentDetails assessment(long assessmentId) {
        AccessProfile me = policy.me();
        Assessment assessment = load(assessmentId);
        policy.requireRead(me, assessment);
        FrameworkVersion framework = version(assessment.getFrameworkId());
        Map<Long, Stage> stageById = framework.stages().stream().collect(Collectors.toMap(Stage::id, s -> s));
        List<DomainEntry> rows = entries.findByAssessmentIdOrderByDomainId(assessmentId);
        Map<Long, String> names = directory.personNames(rows.stream().map(DomainEntry::getOwnerId)
                .collect(Collectors.toSet()));
        Map<Long, DomainEntry> byDomain = rows.stream().collect(Collectors.toMap(DomainEntry::getDomainId, e -> e));
        Map<Long, List<Evidence>> evidence = evidenceOf(List.of(assessmentId));
        List<AssessmentDetails.DomainRow> domainRows = new ArrayList<>();
        for (FrameworkVersion.Domain domain : framework.domains()) {
            DomainEntry e = byDomain.get(domain.id());
            if (e == null) {
                continue;
            }
            domainRows.add(new AssessmentDetails.DomainRow(domain.id(), domain.code(), domain.title(), e.getOwnerId(),
                    names.get(e.getOwnerId()), stageById.get(e.getCurrentStageId()),
                    stageById.get(e.getTargetStageId()), e.getEvidence(), e.getSupportNeeded(), e.getLeadQuestion(),
                    e.getIcbComment(), policy.mayRecord(me, assessment, e),
                    evidence.getOrDefault(e.getId(), List.of())));
        }
        List<String> waiting = new ArrayList<>();
        rounds.roundFor(ROUND_KIND, assessmentId).filter(r -> r.status() == RoundStatus.OPEN)
                .ifPresent(r -> waiting.add(ANSWER_TASK_NAME));
        waiting.addAll(processes.waitingOn(MaturityAssessment.KEY, Long.toString(assessmentId)));
        return new AssessmentDetails(assessmentId, assessment.getTeamId(), directory.team(assessment.getTeamId()).name(),
                assessment.getPeriod(), assessment.getStatus(), assessment.getClosesOn(),
                directory.personName(assessment.getOpenedBy()), assessment.getOpenedAt(),
                assessment.getIcbQuestionRounds(), framework, domainRows, waiting,
                timeline.entries(MaturityTimelines.assessment(assessmentId), policy.isInsider(me,
                        assessment.getTeamId())), policy.isLead(me, assessment), policy.mayReview(me, assessment));
    }

    /**
     * A domain's owner records where the team is now and where it aims to be, with evidence and the support needed.
     * Saved as given; the owner may change it until the lead submits.
     *
     * @throws NotAllowedException  unless the caller owns this domain and the assessment still takes changes
     * @throws AssessmentRefusedException when a stage is missing or not of this assessment's framework version, the
     *                              target is below the current stage, a text is too long, or a linked record is not
     *                              of a kind evidence takes ({@link #EVIDENCE_KINDS}), not one of the INT's finished
     *                              records of that kind (unless the domain already linked it), or there are more than
     *                              {@link #EVIDENCE_LINKS}
     */
    public void recordDomain(long assessmentId, long domainId, DomainDraft draft) {
        AccessProfile me = policy.me();
        Assessment assessment = load(assessmentId);
        DomainEntry entry = entries.findByAssessmentIdAndDomainId(assessmentId, domainId)
                .orElseThrow(() -> new NotAllowedException(MaturityPolicy.NOT_FOUND));
        policy.requireMayRecord(me, assessment, entry);
        Map<Long, MaturityStage> valid = stages.findByFrameworkIdOrderBySortOrder(assessment.getFrameworkId()).stream()
                .collect(Collectors.toMap(MaturityStage::getId, s -> s));
        MaturityStage current = draft.currentStageId() == null ? null : valid.get(draft.currentStageId());
        MaturityStage target = draft.targetStageId() == null ? null : valid.get(draft.targetStageId());
        if (current == null || target == null) {
            throw new AssessmentRefusedException("Choose both the stage the team is at now and the stage it aims for.");
        }
        if (target.getSortOrder() < current.getSortOrder()) {
            throw new AssessmentRefusedException("The target cannot be below where the team is now.");
        }
        String evidence = limit(draft.evidence(), DomainEntry.EVIDENCE_LENGTH, "The evidence");
        String support = limit(draft.supportNeeded(), DomainEntry.SUPPORT_LENGTH, "The support needed");
        if (draft.evidenceLinks() != null) {
            entry.linkEvidence(checkedLinks(assessment.getTeamId(), entry, draft.evidenceLinks()));
        }
        entry.record(current.getId(), target.getId(), evidence, support, me.personId(), clock.instant());
        String domainTitle = domains.findById(domainId).map(MaturityDomain::getTitle).orElse("A domain");
        timeline.append(MaturityTimelines.assessment(assessmentId), Credit.person(me), "DOMAIN_RECORDED",
                domainTitle + " recorded", "Now " + current.getLabel() + ", aiming for " + target.getLabel()
                        + (entry.getEvidenceLinks().isEmpty() ? "" : "; " + entry.getEvidenceLinks().size()
                        + (entry.getEvidenceLinks().size() == 1 ? " record" : " records") + " linked as evidence"),
                Visibility.INTERNAL);
    }

    /**
     * What a domain's owner may link as evidence: the INT's own feedback loops that were closed and consultations that
     * were run, those the owner may read, newest first within each kind. Only records of the assessment's INT, and
     * only the kinds in {@link #EVIDENCE_KINDS}.
     *
     * @throws NotAllowedException unless the caller owns this domain and the assessment still takes changes
     */
    @Transactional(readOnly = true)
    public List<Evidence> evidenceChoices(long assessmentId, long domainId) {
        AccessProfile me = policy.me();
        Assessment assessment = load(assessmentId);
        DomainEntry entry = entries.findByAssessmentIdAndDomainId(assessmentId, domainId)
                .orElseThrow(() -> new NotAllowedException(MaturityPolicy.NOT_FOUND));
        policy.requireMayRecord(me, assessment, entry);
        return choices(assessment.getTeamId()).stream().map(MaturityService::evidence).toList();
    }

    /**
     * The ICB manager's comment on one domain, while the assessment is with the ICB. An empty comment removes it.
     *
     * @throws NotAllowedException  unless the caller manages the INT's ICB and the assessment is with the ICB
     * @throws AssessmentRefusedException when the comment is longer than {@link DomainEntry#QUESTION_LENGTH}
     */
    public void commentOnDomain(long assessmentId, long domainId, String comment) {
        AccessProfile me = policy.me();
        Assessment assessment = load(assessmentId);
        policy.requireMayReview(me, assessment);
        DomainEntry entry = entries.findByAssessmentIdAndDomainId(assessmentId, domainId)
                .orElseThrow(() -> new NotAllowedException(MaturityPolicy.NOT_FOUND));
        String text = limit(comment, DomainEntry.QUESTION_LENGTH, "The comment");
        entry.commentIcb(text);
        String domainTitle = domains.findById(domainId).map(MaturityDomain::getTitle).orElse("A domain");
        timeline.append(MaturityTimelines.assessment(assessmentId), Credit.person(me), "ICB_COMMENT",
                "ICB comment on " + domainTitle, text, Visibility.EVERYONE);
    }

    /**
     * The assessments of one team the caller may read, oldest period first, each domain's stages in words: the
     * team's trend. The INT's people see all; the ICB's managers those submitted to them.
     *
     * @throws NotAllowedException "does not exist, or no access" when the caller may read none of the team's
     */
    @Transactional(readOnly = true)
    public List<AssessmentSummary> teamAssessments(long teamId) {
        AccessProfile me = policy.me();
        if (!me.teamsInView().contains(teamId)) {
            throw new NotAllowedException(MaturityPolicy.NOT_FOUND);
        }
        List<Assessment> found = assessments.findByTeamIdOrderByPeriod(teamId).stream()
                .filter(a -> policy.mayRead(me, a)).toList();
        return summaries(found);
    }

    /**
     * The assessments the caller may read across all the teams in their view, team by team (by name), then period.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    @Transactional(readOnly = true)
    public List<AssessmentSummary> list() {
        AccessProfile me = policy.me();
        Set<Long> teams = me.teamsInView();
        if (teams.isEmpty()) {
            return List.of();
        }
        List<Assessment> found = assessments.findByTeamIdInOrderByPeriod(teams).stream()
                .filter(a -> policy.mayRead(me, a)).toList();
        return summaries(found).stream().sorted(Comparator.comparing(AssessmentSummary::teamName)
                .thenComparing(AssessmentSummary::period)).toList();
    }

    /**
     * The ICB view: every INT of the ICB against every domain of its latest published assessment (current, target,
     * support asked for, change since its previous published one), ordered by team name, never ranked or totalled;
     * and the support asked for, grouped by domain. Only that ICB's managers.
     *
     * @throws NotAllowedException unless the caller manages this ICB
     */
    @Transactional(readOnly = true)
    public IcbOverview icbOverview(long icbId) {
        AccessProfile me = policy.me();
        policy.requireIcbManager(me, icbId);
        List<TeamSummary> teams = directory.teams(me.icbTeams()).stream().filter(t -> t.icbId() == icbId)
                .sorted(Comparator.comparing(TeamSummary::name, String.CASE_INSENSITIVE_ORDER)).toList();
        String icbName = teams.isEmpty() ? "" : teams.get(0).icbName();
        Map<Long, List<Assessment>> published = assessments.findByTeamIdInOrderByPeriod(
                        teams.isEmpty() ? List.of(-1L) : teams.stream().map(TeamSummary::id).toList()).stream()
                .filter(a -> a.getStatus() == AssessmentStatus.PUBLISHED)
                .collect(Collectors.groupingBy(Assessment::getTeamId, LinkedHashMap::new, Collectors.toList()));
        List<Assessment> involved = published.values().stream().flatMap(List::stream).toList();
        Map<Long, AssessmentSummary> summaries = summaries(involved).stream()
                .collect(Collectors.toMap(AssessmentSummary::id, s -> s));
        // the columns: the domains of the newest framework version any of them used, else the default framework's
        List<String> columnCodes = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        Optional<Long> frameworkId = involved.stream().map(Assessment::getFrameworkId).max(Long::compare)
                .or(() -> frameworks.findByCodeOrderByVersionDesc(DEFAULT_FRAMEWORK).stream()
                        .filter(f -> f.getStatus() == FrameworkStatus.PUBLISHED).findFirst()
                        .map(MaturityFramework::getId));
        frameworkId.ifPresent(id -> domains.findByFrameworkIdOrderBySortOrder(id).forEach(d -> {
            columnCodes.add(d.getCode());
            columns.add(d.getTitle());
        }));
        Map<String, List<Evidence>> evidenceByCell = latestEvidence(published);
        List<IcbOverview.TeamRow> rows = new ArrayList<>();
        Map<String, List<IcbOverview.Ask>> asks = new LinkedHashMap<>();
        columns.forEach(c -> asks.put(c, new ArrayList<>()));
        for (TeamSummary team : teams) {
            List<Assessment> theirs = published.getOrDefault(team.id(), List.of());
            if (theirs.isEmpty()) {
                rows.add(new IcbOverview.TeamRow(team.id(), team.name(), null, null, columnCodes.stream()
                        .map(c -> new IcbOverview.Cell("Not yet assessed", null, null, null, List.of())).toList()));
                continue;
            }
            AssessmentSummary latest = summaries.get(theirs.get(theirs.size() - 1).getId());
            AssessmentSummary previous = theirs.size() < 2 ? null : summaries.get(theirs.get(theirs.size() - 2).getId());
            List<IcbOverview.Cell> cells = new ArrayList<>();
            for (int i = 0; i < columnCodes.size(); i++) {
                AssessmentSummary.Cell now = cell(latest, columnCodes.get(i));
                AssessmentSummary.Cell before = previous == null ? null : cell(previous, columnCodes.get(i));
                if (now == null) {
                    cells.add(new IcbOverview.Cell("Not assessed", null, null, null, List.of()));
                    continue;
                }
                cells.add(new IcbOverview.Cell(now.current(), now.target(), now.support(), change(now, before),
                        evidenceByCell.getOrDefault(latest.id() + "/" + columnCodes.get(i), List.of())));
                if (now.support() != null && !now.support().isBlank()) {
                    asks.get(columns.get(i)).add(new IcbOverview.Ask(team.name(), latest.period(), now.support()));
                }
            }
            rows.add(new IcbOverview.TeamRow(team.id(), team.name(), latest.id(), latest.period(), cells));
        }
        return new IcbOverview(icbId, icbName, columns, rows, asks.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new IcbOverview.SupportByDomain(e.getKey(), e.getValue())).toList());
    }

    /**
     * Titles for the inbox, by id, of those assessments the caller may read; the others are left out.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    @Transactional(readOnly = true)
    public Map<Long, String> titles(Set<Long> assessmentIds) {
        AccessProfile me = policy.me();
        List<Assessment> found = assessments.findAllById(assessmentIds).stream().filter(a -> policy.mayRead(me, a))
                .toList();
        Map<Long, String> teamNames = directory.teams(found.stream().map(Assessment::getTeamId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
        return found.stream().collect(Collectors.toMap(Assessment::getId,
                a -> teamNames.get(a.getTeamId()) + ", " + a.getPeriod()));
    }

    /** The route of an assessment's page. */
    public static String route(long assessmentId) {
        return "maturity/" + assessmentId;
    }

    // ----------------------------------------------------------------------------------------------------------------

    /** The evidence of each team's latest published assessment, by "assessment id/domain code". */
    private Map<String, List<Evidence>> latestEvidence(Map<Long, List<Assessment>> published) {
        List<Long> latest = published.values().stream().map(l -> l.get(l.size() - 1).getId()).toList();
        if (latest.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Evidence>> byEntry = evidenceOf(latest);
        if (byEntry.isEmpty()) {
            return Map.of();
        }
        List<DomainEntry> linked = entries.findByAssessmentIdIn(latest).stream()
                .filter(e -> byEntry.containsKey(e.getId())).toList();
        Map<Long, String> codes = domains.findAllById(linked.stream().map(DomainEntry::getDomainId)
                .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(MaturityDomain::getId, MaturityDomain::getCode));
        Map<String, List<Evidence>> result = new HashMap<>();
        linked.forEach(e -> result.put(e.getAssessmentId() + "/" + codes.get(e.getDomainId()), byEntry.get(e.getId())));
        return result;
    }

    /**
     * The evidence links of these assessments' domains, by entry id, in the kinds' order then by title: one statement
     * for the links, one per kind for the records the caller may read. A record they may not read keeps no title.
     */
    private Map<Long, List<Evidence>> evidenceOf(Collection<Long> assessmentIds) {
        List<Object[]> links = entries.evidenceLinksOf(assessmentIds);
        if (links.isEmpty()) {
            return Map.of();
        }
        Map<String, Set<Long>> idsByKind = new HashMap<>();
        links.forEach(l -> idsByKind.computeIfAbsent((String) l[1], k -> new TreeSet<>()).add((Long) l[2]));
        Map<String, Map<Long, RecordLink>> readable = new HashMap<>();
        idsByKind.forEach((kind, ids) -> readable.put(kind, evidenceSources.containsKey(kind)
                ? evidenceSources.get(kind).readable(ids) : Map.of()));
        List<String> kindOrder = new ArrayList<>(EVIDENCE_KINDS.keySet());
        Map<Long, List<Evidence>> result = new HashMap<>();
        for (Object[] l : links) {
            String kind = (String) l[1];
            long recordId = (Long) l[2];
            RecordLink record = readable.get(kind).get(recordId);
            result.computeIfAbsent((Long) l[0], k -> new ArrayList<>()).add(record != null ? evidence(record)
                    : new Evidence(kind, recordId, EVIDENCE_KINDS.getOrDefault(kind, "A linked record"), null, null));
        }
        result.values().forEach(list -> list.sort(Comparator.comparingInt((Evidence e) -> {
            int at = kindOrder.indexOf(e.recordKind());
            return at < 0 ? kindOrder.size() : at;
        }).thenComparing(e -> e.title() == null ? "" : e.title(), String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(Evidence::recordId)));
        return result;
    }

    /** The INT's finished records of the kinds evidence takes, that the signed-in person may read. */
    private List<RecordLink> choices(long teamId) {
        List<RecordLink> result = new ArrayList<>();
        EVIDENCE_KINDS.keySet().forEach(kind -> {
            LinkableRecords source = evidenceSources.get(kind);
            if (source != null) {
                source.finishedOfTeam(teamId).stream().filter(r -> r.teamId() == teamId).forEach(result::add);
            }
        });
        return result;
    }

    private Set<EvidenceLink> checkedLinks(long teamId, DomainEntry entry, List<TimelineRecord> asked) {
        Set<EvidenceLink> wanted = new java.util.LinkedHashSet<>();
        for (TimelineRecord record : asked) {
            if (record == null || !EVIDENCE_KINDS.containsKey(record.kind())) {
                throw new AssessmentRefusedException("Evidence can link only to the INT's feedback loops that were "
                        + "closed and consultations that were run. Nothing was saved.");
            }
            wanted.add(new EvidenceLink(record.kind(), record.id()));
        }
        if (wanted.size() > EVIDENCE_LINKS) {
            throw new AssessmentRefusedException("A domain can link at most " + EVIDENCE_LINKS + " records as "
                    + "evidence; " + wanted.size() + " were chosen. Nothing was saved.");
        }
        Set<EvidenceLink> allowed = new java.util.HashSet<>(entry.getEvidenceLinks());
        if (!allowed.containsAll(wanted)) {
            choices(teamId).forEach(r -> allowed.add(new EvidenceLink(r.record().kind(), r.record().id())));
        }
        for (EvidenceLink link : wanted) {
            if (!allowed.contains(link)) {
                throw new AssessmentRefusedException("One of the linked records is not one of this INT's closed "
                        + "feedback loops or consultations run, or you cannot read it. Nothing was saved.");
            }
        }
        return wanted;
    }

    private static Map<String, String> evidenceKinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("feedback", "Feedback loop closed");
        kinds.put("consultation", "Consultation run");
        return java.util.Collections.unmodifiableMap(kinds);
    }

    private static Evidence evidence(RecordLink record) {
        return new Evidence(record.record().kind(), record.record().id(),
                EVIDENCE_KINDS.getOrDefault(record.record().kind(), "A linked record"), record.title(), record.route());
    }

    private static AssessmentSummary.Cell cell(AssessmentSummary summary, String domainCode) {
        return summary.cells().stream().filter(c -> c.domainCode().equals(domainCode)).findFirst().orElse(null);
    }

    /** The change in a domain's current stage since the previous assessment, in words; stages compared by order. */
    static String change(AssessmentSummary.Cell now, AssessmentSummary.Cell before) {
        if (before == null || before.currentOrder() == null) {
            return "First assessment";
        }
        if (now.currentOrder() == null) {
            return "Not recorded this time";
        }
        int diff = now.currentOrder() - before.currentOrder();
        if (diff == 0) {
            return "No change";
        }
        return (diff > 0 ? "Up from " : "Down from ") + before.current();
    }

    private List<AssessmentSummary> summaries(List<Assessment> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, TeamSummary> teams = directory.teams(found.stream().map(Assessment::getTeamId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(TeamSummary::id, t -> t));
        Map<Long, List<DomainEntry>> byAssessment = entries.findByAssessmentIdIn(found.stream().map(Assessment::getId)
                .toList()).stream().collect(Collectors.groupingBy(DomainEntry::getAssessmentId));
        Map<Long, FrameworkVersion> versions = new HashMap<>();
        List<AssessmentSummary> result = new ArrayList<>();
        for (Assessment a : found) {
            FrameworkVersion framework = versions.computeIfAbsent(a.getFrameworkId(), this::version);
            Map<Long, Stage> stageById = framework.stages().stream().collect(Collectors.toMap(Stage::id, s -> s));
            Map<Long, DomainEntry> byDomain = byAssessment.getOrDefault(a.getId(), List.of()).stream()
                    .collect(Collectors.toMap(DomainEntry::getDomainId, e -> e));
            List<AssessmentSummary.Cell> cells = framework.domains().stream().filter(d -> byDomain.containsKey(d.id()))
                    .map(d -> {
                        DomainEntry e = byDomain.get(d.id());
                        Stage current = stageById.get(e.getCurrentStageId());
                        Stage target = stageById.get(e.getTargetStageId());
                        return new AssessmentSummary.Cell(d.code(), d.title(),
                                current == null ? null : current.label(), current == null ? null : current.order(),
                                target == null ? null : target.label(), target == null ? null : target.order(),
                                e.getSupportNeeded());
                    }).toList();
            result.add(new AssessmentSummary(a.getId(), a.getTeamId(), teams.get(a.getTeamId()).name(), a.getPeriod(),
                    a.getStatus(), framework.label(), cells));
        }
        return result;
    }

    /** A framework version as stored now: its own rows, so an old assessment keeps reading its old version. */
    FrameworkVersion version(long frameworkId) {
        MaturityFramework f = frameworks.findById(frameworkId)
                .orElseThrow(() -> new NotAllowedException("That framework does not exist."));
        List<Stage> stageViews = stages.findByFrameworkIdOrderBySortOrder(frameworkId).stream()
                .map(s -> new Stage(s.getId(), s.getCode(), s.getLabel(), s.getSortOrder(), s.isToVerify())).toList();
        List<MaturityDomain> frameworkDomains = domains.findByFrameworkIdOrderBySortOrder(frameworkId);
        Map<Long, List<MaturityDescriptor>> cells = frameworkDomains.isEmpty() ? Map.of()
                : descriptors.findByDomainIdIn(frameworkDomains.stream().map(MaturityDomain::getId).toList()).stream()
                .collect(Collectors.groupingBy(MaturityDescriptor::getDomainId));
        List<FrameworkVersion.Domain> domainViews = frameworkDomains.stream().map(d -> {
            List<MaturityDescriptor> ds = cells.getOrDefault(d.getId(), List.of());
            return new FrameworkVersion.Domain(d.getId(), d.getCode(), d.getTitle(), ds.stream()
                    .collect(Collectors.toMap(MaturityDescriptor::getStageId, MaturityDescriptor::getDescriptor)),
                    ds.stream().anyMatch(MaturityDescriptor::isToVerify));
        }).toList();
        return new FrameworkVersion(f.getId(), f.getCode(), f.getName(), f.getVersion(), f.getSource(), stageViews,
                domainViews);
    }

    private Assessment load(long assessmentId) {
        return assessments.findById(assessmentId).orElseThrow(() -> new NotAllowedException(MaturityPolicy.NOT_FOUND));
    }

    private static String limit(String text, int length, String what) {
        String trimmed = text == null ? null : text.strip();
        if (trimmed != null && trimmed.length() > length) {
            throw new AssessmentRefusedException(what + " can be at most " + length + " characters; it has "
                    + trimmed.length() + ". Nothing was saved.");
        }
        return trimmed == null || trimmed.isEmpty() ? null : trimmed;
    }
}
