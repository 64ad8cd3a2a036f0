package org.neighbourhoodportal.consultation;

import static org.neighbourhoodportal.consultation.ConsultationLimits.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neighbourhoodportal.attachments.AttachmentService;
import org.neighbourhoodportal.consultation.domain.Answer;
import org.neighbourhoodportal.consultation.domain.AnswerRepository;
import org.neighbourhoodportal.consultation.domain.Consultation;
import org.neighbourhoodportal.consultation.domain.ConsultationRepository;
import org.neighbourhoodportal.consultation.domain.Question;
import org.neighbourhoodportal.consultation.domain.QuestionRepository;
import org.neighbourhoodportal.consultation.domain.Response;
import org.neighbourhoodportal.consultation.domain.ResponseRepository;
import org.neighbourhoodportal.consultation.domain.Theme;
import org.neighbourhoodportal.consultation.domain.ThemeRepository;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.directory.PpgSummary;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.forms.FieldError;
import org.neighbourhoodportal.processes.ConsultationProcess;
import org.neighbourhoodportal.rounds.OpenedRound;
import org.neighbourhoodportal.rounds.Party;
import org.neighbourhoodportal.rounds.PartyType;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.RoundSpec;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.Visibility;
import org.neighbourhoodportal.workflow.ProcessService;
import org.neighbourhoodportal.workflow.StartOutcome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consulting member organisations and PPGs on a strategy (issue 13), following the Gunning principles and the Cabinet
 * Office consultation principles (docs/shared REFERENCE, "Consultation good practice"): set up while the proposal is
 * formative, with its evidence pack, for long enough (a norm of {@code portal.consultation.norm-weeks}, 12 by default,
 * and a reason when shorter), approved by the INT lead; invitations as a round of answers ({@link RoundService});
 * responses coded into themes with the INT's response to each; the outcome published to every respondent.
 *
 * <p>Every public method checks the signed-in person through {@link ConsultationPolicy} and throws
 * {@link NotAllowedException} when they may not (in the words for a record that does not exist, when they may not
 * read it at all). Steps only the process runs are in {@code consultation.process}, package-private.
 */
@Service
@Transactional
public class ConsultationService {

    /** The kind of the consultations' rounds of answers (see {@code rounds.RoundSpec#kind}). */
    public static final String ROUND_KIND = "consultation";
    public static final String ANSWER_TASK_NAME = "Respond to the consultation";
    /** The label of a PPG's sector in the results. */
    public static final String PPG_SECTOR = "Patient participation group";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ConsultationRepository consultations;
    private final QuestionRepository questions;
    private final ResponseRepository responses;
    private final AnswerRepository answers;
    private final ThemeRepository themes;
    private final ConsultationPolicy policy;
    private final DirectoryService directory;
    private final AttachmentService attachments;
    private final RoundService rounds;
    private final ProcessService processes;
    private final Timeline timeline;
    private final Clock clock;
    private final int normWeeks;
    private final Period outcomeDueWithin;

    ConsultationService(ConsultationRepository consultations, QuestionRepository questions,
                        ResponseRepository responses, AnswerRepository answers, ThemeRepository themes,
                        ConsultationPolicy policy, DirectoryService directory, AttachmentService attachments,
                        RoundService rounds, ProcessService processes, Timeline timeline, Clock clock,
                        @Value("${portal.consultation.norm-weeks:12}") int normWeeks,
                        @Value("${portal.consultation.outcome-due-within:P84D}") Period outcomeDueWithin) {
        this.consultations = consultations;
        this.questions = questions;
        this.responses = responses;
        this.answers = answers;
        this.themes = themes;
        this.policy = policy;
        this.directory = directory;
        this.attachments = attachments;
        this.rounds = rounds;
        this.processes = processes;
        this.timeline = timeline;
        this.clock = clock;
        this.normWeeks = normWeeks;
        this.outcomeDueWithin = outcomeDueWithin;
    }

    // ---- setting up -------------------------------------------------------------------------------------------------

    /** The INTs the caller may set up a consultation for (those they lead or sit on for an organisation); may be empty. */
    @Transactional(readOnly = true)
    public List<TeamSummary> teamsICanConsultFor() {
        AccessProfile me = policy.me();
        Set<Long> teams = new TreeSet<>(me.teamsInView());
        teams.removeIf(t -> !policy.mayConsultFor(me, t));
        return directory.teams(teams);
    }

    /**
     * Saves a new consultation, being set up (nobody is invited until it is launched).
     *
     * @return its id, or each problem by field ({@code title}, {@code closesOn}, {@code question1} …), nothing saved
     * @throws NotAllowedException unless the caller leads the INT or represents a member organisation in it (and then
     *         consults as their own organisation)
     */
    public StartOutcome create(ConsultationDraft draft) {
        AccessProfile me = policy.me();
        policy.requireMayConsultFor(me, draft.teamId());
        requireMayConsultAs(me, draft);
        List<FieldError> problems = problems(draft);
        if (!problems.isEmpty()) {
            return StartOutcome.refused(problems);
        }
        Consultation c = new Consultation(draft.teamId(), me.personId(), clock.instant());
        describe(c, draft);
        consultations.save(c);
        saveQuestions(c, draft);
        timeline.append(ConsultationTimelines.of(c.getId()), Credit.person(me), "CREATED", "Consultation set up",
                c.getTitle(), Visibility.INTERNAL);
        return StartOutcome.saved(c.getId());
    }

    /**
     * Changes a consultation still being set up; the lead's approval lapses (they approved something else).
     *
     * @return each problem by field; empty when saved
     * @throws NotAllowedException unless the caller set it up or leads its INT, and it is still being set up
     */
    public List<FieldError> update(long consultationId, ConsultationDraft draft) {
        AccessProfile me = policy.me();
        Consultation c = load(consultationId);
        policy.requireEdit(me, c, invited(c));
        if (draft.teamId() != c.getTeamId()) {
            throw new ConsultationRefusedException("A consultation stays with the INT it was set up for.");
        }
        requireMayConsultAs(me, draft);
        List<FieldError> problems = problems(draft);
        if (problems.isEmpty()) {
            questions.deleteByConsultationId(consultationId);
            questions.flush();
            describe(c, draft);
            saveQuestions(c, draft);
            timeline.append(ConsultationTimelines.of(consultationId), Credit.person(me), "CHANGED",
                    "Set-up changed", null, Visibility.INTERNAL);
        }
        return problems;
    }

    /**
     * The checks made before launch, each met or not: a statement that the proposal is formative, the evidence pack
     * attached, a window of at least the norm (or a reason), questions, a closing date after today, the lead's
     * approval. Anyone who may read the consultation.
     *
     * @throws NotAllowedException when the caller may not read it
     */
    @Transactional(readOnly = true)
    public List<LaunchCheck> launchChecks(long consultationId) {
        AccessProfile me = policy.me();
        Consultation c = load(consultationId);
        policy.requireRead(me, c, invited(c));
        return checks(c);
    }

    /**
     * The INT lead approves the consultation as set up (the last of the launch checks).
     *
     * @throws NotAllowedException unless the caller leads its INT
     * @throws ConsultationRefusedException when it has been launched already
     */
    public void approve(long consultationId) {
        AccessProfile me = policy.me();
        Consultation c = load(consultationId);
        policy.requireLead(me, c, invited(c));
        requireDraft(c);
        c.approve(me.personId(), clock.instant());
        timeline.append(ConsultationTimelines.of(consultationId), Credit.person(me), "APPROVED",
                "Approved by the INT lead", null, Visibility.INTERNAL);
    }

    /**
     * The INT lead launches the consultation: every launch check must pass; each represented member organisation
     * and/or PPG is invited in a round of answers (each is told), and the process starts, in this transaction.
     *
     * @throws NotAllowedException unless the caller leads its INT
     * @throws ConsultationRefusedException when a launch check fails (the message lists them), when it was launched already,
     *         before its opening date, or when there is nobody to invite
     */
    public void launch(long consultationId) {
        AccessProfile me = policy.me();
        Consultation c = load(consultationId);
        policy.requireLead(me, c, invited(c));
        requireDraft(c);
        List<String> failing = checks(c).stream().filter(check -> !check.passed()).map(LaunchCheck::detail).toList();
        if (!failing.isEmpty()) {
            throw new ConsultationRefusedException("Not ready to launch: " + String.join(" ", failing));
        }
        LocalDate today = PortalTime.today(clock);
        if (c.getOpensOn().isAfter(today)) {
            throw new ConsultationRefusedException("This consultation opens on " + DAY.format(c.getOpensOn())
                    + "; launch it on that day.");
        }
        Invitees invitees = invitees(c);
        List<Party> parties = invitees.parties();
        List<Response> invited = invitees.responses();
        if (parties.isEmpty()) {
            throw new ConsultationRefusedException("There is nobody to invite: the INT has no "
                    + c.getAudience().label().toLowerCase(Locale.UK) + " with representatives in the portal.");
        }
        responses.saveAll(invited);
        TeamSummary team = directory.team(c.getTeamId());
        OpenedRound round = rounds.open(new RoundSpec(ROUND_KIND, c.getId(), "Consultation: " + c.getTitle(),
                route(c.getId()), WorkGroups.teamLeads(c.getTeamId()),
                List.of(WorkGroups.teamMembers(c.getTeamId()), WorkGroups.icbManagers(team.icbId())),
                ConsultationProcess.FORM_SUBMIT_CONSULTATION_RESPONSE, ANSWER_TASK_NAME,
                team.name() + " is consulting you on " + c.getTitle() + ". Read the documents, draft your answers "
                        + "together on the consultation's page and send one response for your organisation or PPG.",
                PortalTime.endOf(c.getClosesOn(), clock), parties));
        Map<String, Object> variables = new HashMap<>(round.processVariables());
        variables.put(ConsultationProcess.VAR_CONSULTATION_ID, c.getId());
        variables.put(ConsultationProcess.VAR_LEAD_GROUP, WorkGroups.teamLeads(c.getTeamId()));
        variables.put(ConsultationProcess.VAR_OUTCOME_DUE_WITHIN, outcomeDueWithin.toString());
        processes.start(ConsultationProcess.KEY, c.getId().toString(), variables);
        c.launch(clock.instant());
        timeline.append(ConsultationTimelines.of(c.getId()), Credit.person(me), "LAUNCHED", "Consultation launched",
                "Invited: " + parties.stream().map(Party::name).sorted().collect(Collectors.joining(", "))
                        + ". Responses close on " + DAY.format(c.getClosesOn()) + "."
                        + (invitees.nobodyToAnswer().isEmpty() ? "" : " Not invited, as no one can answer for them: "
                        + String.join(", ", invitees.nobodyToAnswer()) + "."), Visibility.EVERYONE);
    }

    // ---- reading ----------------------------------------------------------------------------------------------------

    /** The consultations the caller may read, newest closing date first, with how many have responded. Signed in. */
    @Transactional(readOnly = true)
    public List<ConsultationRow> list() {
        AccessProfile me = policy.me();
        Set<Long> teams = me.teamsInView();
        Set<Long> ppgs = me.ppgTeams().keySet();
        if (teams.isEmpty() && ppgs.isEmpty()) {
            return List.of();
        }
        List<Consultation> found = consultations.findVisible(teams.isEmpty() ? Set.of(-1L) : teams,
                ppgs.isEmpty() ? Set.of(-1L) : ppgs);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, String> teamNames = directory.teams(found.stream().map(Consultation::getTeamId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
        Map<Long, Object[]> counts = responses.countByConsultation(found.stream().map(Consultation::getId).toList())
                .stream().collect(Collectors.toMap(r -> (Long) r[0], Function.identity()));
        return found.stream()
                .filter(c -> c.getStatus() != ConsultationStatus.DRAFT || policy.mayConsultFor(me, c.getTeamId()))
                .map(c -> {
                    Object[] n = counts.get(c.getId());
                    return new ConsultationRow(c.getId(), c.getTitle(), teamNames.get(c.getTeamId()), c.getStatus(),
                            c.getClosesOn(), n == null ? 0 : ((Number) n[1]).intValue(),
                            n == null ? 0 : ((Number) n[2]).intValue(), c.getClosedAt() == null ? null
                            : c.getClosedAt().atZone(clock.getZone()).toLocalDate());
                }).toList();
    }

    /**
     * One consultation as the caller may see it: the set-up, their own responses, and the outcome once published (the
     * leads and whoever sees the results see it while it is written).
     *
     * @throws NotAllowedException {@link ConsultationPolicy#NOT_FOUND} when it does not exist or the caller may not
     *         read it
     */
    @Transactional(readOnly = true)
    public ConsultationDetails details(long consultationId) {
        AccessProfile me = policy.me();
        Consultation c = load(consultationId);
        List<Response> invited = invited(c);
        policy.requireRead(me, c, invited);
        if (c.getStatus() == ConsultationStatus.DRAFT && !policy.mayConsultFor(me, c.getTeamId())
                && !me.managesIcbOf(c.getTeamId())) {
            throw new NotAllowedException(ConsultationPolicy.NOT_FOUND);
        }
        List<Question> asked = questions.findByConsultationIdOrderBySortOrder(consultationId);
        List<Response> mine = policy.mine(me, c, invited);
        Map<Long, Map<Long, String>> answersBy = answersOf(mine);
        Set<Long> people = new HashSet<>();
        people.add(c.getCreatedBy());
        if (c.getApprovedBy() != null) {
            people.add(c.getApprovedBy());
        }
        mine.forEach(r -> {
            if (r.getUpdatedBy() != null) people.add(r.getUpdatedBy());
            if (r.getSubmittedBy() != null) people.add(r.getSubmittedBy());
        });
        Map<Long, String> names = directory.personNames(people);
        boolean open = c.getStatus() == ConsultationStatus.OPEN;
        List<ConsultationDetails.ResponseView> myResponses = mine.stream().map(r -> new ConsultationDetails.ResponseView(
                r.getId(), r.getPartyName(), r.getStatus(), answersBy.getOrDefault(r.getId(), Map.of()),
                names.get(r.getUpdatedBy()), r.getUpdatedAt(), names.get(r.getSubmittedBy()), r.getSubmittedAt(),
                open && r.getStatus() != ResponseStatus.SUBMITTED)).toList();
        boolean insider = policy.isLead(me, c) || policy.maySeeResults(me, c);
        ConsultationDetails.Outcome outcome = c.getStatus() == ConsultationStatus.OUTCOME_PUBLISHED
                || c.getStatus() == ConsultationStatus.CLOSED_WITHOUT_RESPONSES || (insider
                && c.getStatus() == ConsultationStatus.CLOSED) ? outcome(c, invited) : null;
        String consultedBy = c.getConsultingOrgId() == null ? directory.team(c.getTeamId()).name()
                : directory.organisation(c.getConsultingOrgId()).map(OrganisationSummary::name).orElse("")
                + ", through " + directory.team(c.getTeamId()).name();
        int[] number = {0};
        return new ConsultationDetails(c.getId(), c.getTeamId(), directory.team(c.getTeamId()).name(), consultedBy,
                c.getTitle(), c.getSummary(), c.getAudience(), c.getOpensOn(), c.getClosesOn(),
                c.getFormativeStatement(), c.getShortWindowReason(), c.getStatus(), names.get(c.getCreatedBy()),
                c.getApprovedBy() == null ? null : names.get(c.getApprovedBy()),
                asked.stream().map(q -> new ConsultationDetails.QuestionView(q.getId(), ++number[0], q.getKind(),
                        q.getQuestion(), q.getChoices(), q.isRequired())).toList(),
                myResponses, outcome,
                timeline.entries(ConsultationTimelines.of(consultationId), me.teamsInView().contains(c.getTeamId())),
                policy.mayEdit(me, c), policy.isLead(me, c), policy.maySeeResults(me, c), c.getConsultingOrgId());
    }

    /**
     * Titles for the inbox, by id, of those consultations the caller may read; the others are left out.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    @Transactional(readOnly = true)
    public Map<Long, String> titles(Set<Long> consultationIds) {
        AccessProfile me = policy.me();
        return consultations.findByIdIn(consultationIds).stream().filter(c -> policy.mayRead(me, c, invited(c)))
                .collect(Collectors.toMap(Consultation::getId, Consultation::getTitle));
    }

    // ---- responding -------------------------------------------------------------------------------------------------

    /**
     * Saves the answers of the caller's organisation or PPG as a draft that its other representatives see and can
     * change; the response is sent by completing the organisation's task. An empty answer removes the answer.
     *
     * @param answers by question id: text; a choice; choices one a line (a ranking: every choice once, most
     *                important first)
     * @return each problem by field {@code question<id>}; empty when saved (nothing is saved when any is wrong)
     * @throws NotAllowedException unless the caller represents the response's organisation or PPG
     * @throws ConsultationClosedException when the consultation has closed, or the response was sent already
     */
    public List<FieldError> saveAnswers(long responseId, Map<Long, String> answers) {
        AccessProfile me = policy.me();
        Response response = responses.findById(responseId)
                .orElseThrow(() -> new NotAllowedException(ConsultationPolicy.NOT_FOUND));
        Consultation c = load(response.getConsultationId());
        policy.requireRepresents(me, c, invited(c), response);
        requireTakesResponses(c, response);
        List<Question> asked = questions.findByConsultationIdOrderBySortOrder(c.getId());
        Map<Long, String> clean = new LinkedHashMap<>();
        List<FieldError> problems = new ArrayList<>();
        int number = 0;
        for (Question q : asked) {
            number++;
            String given = answers.get(q.getId());
            String value = given == null ? "" : given.strip();
            if (value.isEmpty()) {
                continue;
            }
            String problem = problemWith(q, value);
            if (problem != null) {
                problems.add(new FieldError("question" + q.getId(), "Question " + number, problem));
            } else {
                clean.put(q.getId(), normalised(q, value));
            }
        }
        Set<Long> unknown = new HashSet<>(answers.keySet());
        asked.forEach(q -> unknown.remove(q.getId()));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Those answers are for questions this consultation does not ask.");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Map<Long, Answer> existing = this.answers.findByResponseIdIn(List.of(responseId)).stream()
                .collect(Collectors.toMap(Answer::getQuestionId, Function.identity()));
        for (Question q : asked) {
            String value = clean.get(q.getId());
            Answer had = existing.get(q.getId());
            if (value == null && had != null) {
                this.answers.delete(had);
            } else if (value != null && had != null) {
                had.change(value);
            } else if (value != null) {
                this.answers.save(new Answer(responseId, q.getId(), value));
            }
        }
        response.drafted(me.personId(), clock.instant());
        return List.of();
    }

    // ---- results and outcome ------------------------------------------------------------------------------------------

    /**
     * Every response: answers per question (a count per choice, or the texts), the response rate by sector, each
     * organisation or PPG invited with where its response is, and the sent responses in full.
     *
     * @throws NotAllowedException unless the caller is one of the INT's leads, represents the consulting organisation,
     *         or manages the INT's ICB
     */
    @Transactional(readOnly = true)
    public ConsultationResults results(long consultationId) {
        AccessProfile me = policy.me();
        Consultation c = load(consultationId);
        List<Response> invited = invited(c);
        policy.requireResults(me, c, invited);
        List<Question> asked = questions.findByConsultationIdOrderBySortOrder(consultationId);
        List<Response> sent = invited.stream().filter(r -> r.getStatus() == ResponseStatus.SUBMITTED).toList();
        Map<Long, Map<Long, String>> answersBy = answersOf(sent);
        Map<Long, String> names = directory.personNames(sent.stream().map(Response::getSubmittedBy)
                .filter(Objects::nonNull).collect(Collectors.toSet()));

        List<ConsultationResults.QuestionResult> perQuestion = new ArrayList<>();
        int number = 0;
        for (Question q : asked) {
            number++;
            List<ConsultationResults.Tally> tallies = new ArrayList<>();
            List<ConsultationResults.TextAnswer> texts = new ArrayList<>();
            if (q.getKind() == QuestionKind.FREE_TEXT) {
                for (Response r : sent) {
                    String a = answersBy.getOrDefault(r.getId(), Map.of()).get(q.getId());
                    if (a != null) {
                        texts.add(new ConsultationResults.TextAnswer(r.getPartyName(), a));
                    }
                }
            } else {
                List<String> choices = q.getChoices();
                for (String choice : choices) {
                    int count = 0;
                    int score = 0;
                    for (Response r : sent) {
                        String a = answersBy.getOrDefault(r.getId(), Map.of()).get(q.getId());
                        if (a == null) {
                            continue;
                        }
                        List<String> picked = List.of(a.split("\n"));
                        if (q.getKind() == QuestionKind.RANKING) {
                            int place = picked.indexOf(choice);
                            if (place == 0) count++;
                            if (place >= 0) score += choices.size() - place;
                        } else if (picked.contains(choice)) {
                            count++;
                        }
                    }
                    tallies.add(new ConsultationResults.Tally(choice, count, score));
                }
            }
            perQuestion.add(new ConsultationResults.QuestionResult(q.getId(), number, q.getKind(), q.getQuestion(),
                    tallies, texts));
        }
        Map<String, int[]> sectors = new LinkedHashMap<>();
        invited.stream().sorted((a, b) -> a.getSector().compareTo(b.getSector())).forEach(r -> {
            int[] n = sectors.computeIfAbsent(r.getSector(), s -> new int[2]);
            n[0]++;
            if (r.getStatus() == ResponseStatus.SUBMITTED) n[1]++;
        });
        return new ConsultationResults(c.getId(), c.getTitle(), c.getStatus(), perQuestion,
                sectors.entrySet().stream().map(e -> new ConsultationResults.Rate(e.getKey(), e.getValue()[0],
                        e.getValue()[1])).toList(),
                invited.stream().map(r -> new ConsultationResults.Invited(r.getId(), r.getPartyName(), r.getSector(),
                        r.getStatus(), r.getSubmittedAt())).toList(),
                sent.stream().map(r -> new ConsultationResults.ResponseRow(r.getId(), r.getPartyName(), r.getSector(),
                        names.get(r.getSubmittedBy()), r.getSubmittedAt(), asked.stream()
                        .map(q -> answersBy.getOrDefault(r.getId(), Map.of()).getOrDefault(q.getId(), ""))
                        .toList())).toList());
    }

    /**
     * The lead codes responses into a theme, with what respondents said and the INT's response to it. Allowed once
     * the consultation has closed and until the outcome is published.
     *
     * @return the theme's id, or each problem by field ({@code title}, {@code whatWasSaid}, {@code intResponse},
     *         {@code responses}); nothing saved when any
     * @throws NotAllowedException unless the caller leads its INT
     * @throws ConsultationRefusedException while it is open, or once the outcome is published
     */
    public StartOutcome addTheme(long consultationId, ThemeDraft draft) {
        AccessProfile me = policy.me();
        Consultation c = load(consultationId);
        List<Response> invited = invited(c);
        policy.requireLead(me, c, invited);
        requireCoding(c);
        List<FieldError> problems = new ArrayList<>();
        text(problems, "title", "Theme", draft.title(), THEME_TITLE_LENGTH, "Give the theme a short title.");
        text(problems, "whatWasSaid", "What respondents said", draft.whatWasSaid(), THEME_TEXT_LENGTH,
                "Say what respondents said about it.");
        text(problems, "intResponse", "The INT's response", draft.intResponse(), THEME_TEXT_LENGTH,
                "Record the INT's response to this theme: what it did, or why not.");
        Set<Long> sent = invited.stream().filter(r -> r.getStatus() == ResponseStatus.SUBMITTED)
                .map(Response::getId).collect(Collectors.toSet());
        if (draft.responseIds().isEmpty()) {
            problems.add(new FieldError("responses", "Raised by", "Choose the responses that raised this theme."));
        } else if (!sent.containsAll(draft.responseIds())) {
            problems.add(new FieldError("responses", "Raised by", "Choose among the responses that were sent."));
        }
        if (!problems.isEmpty()) {
            return StartOutcome.refused(problems);
        }
        Theme theme = themes.save(new Theme(consultationId, draft.title().strip(), draft.whatWasSaid().strip(),
                draft.intResponse().strip(), draft.responseIds(), me.personId(), clock.instant()));
        timeline.append(ConsultationTimelines.of(consultationId), Credit.person(me), "THEME", "Theme coded",
                theme.getTitle(), Visibility.INTERNAL);
        return StartOutcome.saved(theme.getId());
    }

    /**
     * The lead removes a theme before the outcome is published.
     *
     * @throws NotAllowedException unless the caller leads the theme's INT
     * @throws ConsultationRefusedException once the outcome is published
     */
    public void removeTheme(long themeId) {
        AccessProfile me = policy.me();
        Theme theme = themes.findById(themeId).orElseThrow(() -> new NotAllowedException(ConsultationPolicy.NOT_FOUND));
        Consultation c = load(theme.getConsultationId());
        policy.requireLead(me, c, invited(c));
        requireCoding(c);
        themes.delete(theme);
        timeline.append(ConsultationTimelines.of(c.getId()), Credit.person(me), "THEME_REMOVED", "Theme removed",
                theme.getTitle(), Visibility.INTERNAL);
    }

    // ---- for this package's steps and documents ------------------------------------------------------------------------

    Consultation load(long consultationId) {
        return consultations.findById(consultationId)
                .orElseThrow(() -> new NotAllowedException(ConsultationPolicy.NOT_FOUND));
    }

    List<Response> invited(Consultation c) {
        return c.getId() == null ? List.of() : responses.findByConsultationIdOrderByPartyNameAscIdAsc(c.getId());
    }

    /** The published outcome: summary, themes with who raised each, and every respondent by name. */
    ConsultationDetails.Outcome outcome(Consultation c, List<Response> invited) {
        Map<Long, String> partyNames = invited.stream().collect(Collectors.toMap(Response::getId,
                Response::getPartyName));
        List<ConsultationDetails.ThemeView> coded = themes.findByConsultationIdOrderById(c.getId()).stream()
                .map(t -> new ConsultationDetails.ThemeView(t.getId(), t.getTitle(), t.getWhatWasSaid(),
                        t.getIntResponse(), t.getResponseIds().stream().map(partyNames::get).filter(Objects::nonNull)
                        .sorted().toList())).toList();
        return new ConsultationDetails.Outcome(c.getOutcomeSummary(), c.getOutcomePublishedAt(), coded,
                invited.stream().filter(r -> r.getStatus() == ResponseStatus.SUBMITTED).map(Response::getPartyName)
                        .toList());
    }

    /** The consultation's page. */
    public static String route(long consultationId) {
        return "consultations/" + consultationId;
    }

    // ----------------------------------------------------------------

    private void requireMayConsultAs(AccessProfile me, ConsultationDraft draft) {
        if (draft.consultingOrgId() == null) {
            if (!me.leads(draft.teamId())) {
                throw new NotAllowedException("Only the INT's leads can consult in the INT's name; choose your "
                        + "organisation as the one consulting.");
            }
        } else if (!me.leads(draft.teamId()) && !draft.consultingOrgId().equals(me.organisationId())) {
            throw new NotAllowedException("You can consult through the INT for your own organisation only.");
        }
        if (draft.consultingOrgId() != null && !directory.isMemberOrganisation(draft.teamId(), draft.consultingOrgId())) {
            throw new ConsultationRefusedException("The organisation consulting must be a member of the INT.");
        }
    }

    private List<FieldError> problems(ConsultationDraft d) {
        List<FieldError> problems = new ArrayList<>();
        text(problems, "title", "Title", d.title(), TITLE_LENGTH, "Give the consultation a title.");
        text(problems, "summary", "Summary", d.summary(), SUMMARY_LENGTH,
                "Say in plain English what the consultation is about.");
        if (d.audience() == null) {
            problems.add(new FieldError("audience", "Who is invited", "Choose who is invited to respond."));
        }
        if (d.opensOn() == null) {
            problems.add(new FieldError("opensOn", "Opens on", "Choose the day it opens."));
        } else if (d.opensOn().isBefore(PortalTime.today(clock))) {
            problems.add(new FieldError("opensOn", "Opens on", "Choose today or a later day."));
        }
        if (d.closesOn() == null) {
            problems.add(new FieldError("closesOn", "Closes on", "Choose the day responses close."));
        } else if (d.opensOn() != null && !d.closesOn().isAfter(d.opensOn())) {
            problems.add(new FieldError("closesOn", "Closes on", "Choose a day after it opens."));
        }
        optional(problems, "formativeStatement", "Why the proposal can still change", d.formativeStatement());
        optional(problems, "shortWindowReason", "Why the window is shorter", d.shortWindowReason());
        if (d.questions().isEmpty()) {
            problems.add(new FieldError("questions", "Questions", "Ask at least one question."));
        } else if (d.questions().size() > MAX_QUESTIONS) {
            problems.add(new FieldError("questions", "Questions", "Ask at most " + MAX_QUESTIONS + " questions."));
        }
        int number = 0;
        for (ConsultationDraft.QuestionDraft q : d.questions()) {
            number++;
            String key = "question" + number;
            String label = "Question " + number;
            if (q.kind() == null) {
                problems.add(new FieldError(key, label, "Choose what kind of question it is."));
                continue;
            }
            text(problems, key, label, q.question(), QUESTION_LENGTH, "Write the question.");
            List<String> choices = q.choices().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (q.kind().hasChoices()) {
                if (choices.size() < 2) {
                    problems.add(new FieldError(key, label, "Give at least two choices, one a line."));
                } else if (new HashSet<>(choices).size() != choices.size()) {
                    problems.add(new FieldError(key, label, "Each choice must be different."));
                } else if (String.join("\n", choices).length() > CHOICES_LENGTH) {
                    problems.add(new FieldError(key, label, "The choices must be " + CHOICES_LENGTH
                            + " characters or fewer in all."));
                }
            }
        }
        return problems;
    }

    private static void describe(Consultation c, ConsultationDraft d) {
        c.describe(d.consultingOrgId(), d.title().strip(), d.summary().strip(), d.audience(), d.opensOn(),
                d.closesOn(), blankToNull(d.formativeStatement()), blankToNull(d.shortWindowReason()));
    }

    private void saveQuestions(Consultation c, ConsultationDraft d) {
        int order = 0;
        for (ConsultationDraft.QuestionDraft q : d.questions()) {
            order++;
            questions.save(new Question(c.getId(), order, q.kind(), q.question().strip(),
                    q.kind().hasChoices() ? q.choices().stream().map(String::strip).filter(s -> !s.isEmpty()).toList()
                            : List.of(), q.required()));
        }
    }

    /**
     * Who a launch would invite: each member organisation (but the one consulting) with a representative in the portal,
     * and/or each PPG. A member organisation with nobody to answer for it is not invited, so not counted as not having
     * responded; the lead is told before launch ({@link #checks}).
     */
    private Invitees invitees(Consultation c) {
        List<Party> parties = new ArrayList<>();
        List<Response> invited = new ArrayList<>();
        List<String> nobody = new ArrayList<>();
        if (c.getAudience().organisations()) {
            Set<Long> represented = directory.representedOrganisations(c.getTeamId()).stream()
                    .map(OrganisationSummary::id).collect(Collectors.toSet());
            for (OrganisationSummary o : directory.memberOrganisations(c.getTeamId())) {
                if (Long.valueOf(o.id()).equals(c.getConsultingOrgId())) {
                    continue;
                }
                if (!represented.contains(o.id())) {
                    nobody.add(o.name());
                    continue;
                }
                parties.add(new Party(PartyType.ORGANISATION, o.id(), o.name(),
                        WorkGroups.organisationInTeam(c.getTeamId(), o.id())));
                invited.add(new Response(c.getId(), PartyType.ORGANISATION, o.id(), o.name(), o.sector().label()));
            }
        }
        if (c.getAudience().ppgs()) {
            for (PpgSummary p : directory.ppgsOfTeams(List.of(c.getTeamId()))) {
                parties.add(new Party(PartyType.PPG, p.id(), p.name(), WorkGroups.ppg(p.id())));
                invited.add(new Response(c.getId(), PartyType.PPG, p.id(), p.name(), PPG_SECTOR));
            }
        }
        return new Invitees(parties, invited, nobody);
    }

    private record Invitees(List<Party> parties, List<Response> responses, List<String> nobodyToAnswer) {
    }

    private List<LaunchCheck> checks(Consultation c) {
        List<LaunchCheck> checks = new ArrayList<>();
        checks.add(c.getFormativeStatement() != null
                ? new LaunchCheck("The proposal is still formative", true, c.getFormativeStatement())
                : new LaunchCheck("The proposal is still formative", false,
                "Say why the proposal can still change because of what people say."));
        boolean evidence = !attachments.documents(ConsultationAttachments.RECORD_TYPE, c.getId()).documents().isEmpty();
        checks.add(new LaunchCheck("The evidence pack is attached", evidence, evidence
                ? "Documents are attached for people to read."
                : "Attach the strategy and the evidence behind it, so people can give it intelligent consideration."));
        long days = ChronoUnit.DAYS.between(c.getOpensOn(), c.getClosesOn());
        boolean longEnough = days >= normWeeks * 7L;
        checks.add(new LaunchCheck("Enough time to respond", longEnough || c.getShortWindowReason() != null,
                longEnough ? "Open for " + weeks(days) + "; the norm is " + normWeeks + " weeks."
                        : c.getShortWindowReason() != null ? "Open for " + weeks(days) + ", shorter than the norm of "
                        + normWeeks + " weeks, because: " + c.getShortWindowReason()
                        : "Open for only " + weeks(days) + ", shorter than the norm of " + normWeeks
                        + " weeks: give the reason, or allow longer."));
        boolean asks = !questions.findByConsultationIdOrderBySortOrder(c.getId()).isEmpty();
        checks.add(new LaunchCheck("Questions are set", asks, asks ? "The questions are ready." : "Ask a question."));
        boolean future = c.getClosesOn().isAfter(PortalTime.today(clock));
        checks.add(new LaunchCheck("The closing date is still ahead", future, future
                ? "Responses close on " + DAY.format(c.getClosesOn()) + "."
                : "The closing date has passed: choose a later one."));
        if (c.getAudience() != null) {
            Invitees invitees = invitees(c);
            int n = invitees.parties().size();
            String nobody = invitees.nobodyToAnswer().isEmpty() ? ""
                    : " No one can answer for " + String.join(", ", invitees.nobodyToAnswer()) + ": "
                    + (invitees.nobodyToAnswer().size() == 1 ? "it has" : "they have")
                    + " no member representative in the portal, so "
                    + (invitees.nobodyToAnswer().size() == 1 ? "it is" : "they are")
                    + " not invited and not counted. Add a representative in the directory first to include "
                    + (invitees.nobodyToAnswer().size() == 1 ? "it." : "them.");
            checks.add(new LaunchCheck("Someone to invite", n > 0, (n == 0
                    ? "There is nobody to invite: the INT has no " + c.getAudience().label().toLowerCase(Locale.UK)
                    + " with representatives in the portal."
                    : n + switch (c.getAudience()) {
                        case MEMBER_ORGANISATIONS -> n == 1 ? " member organisation" : " member organisations";
                        case PPGS -> n == 1 ? " PPG" : " PPGs";
                        case BOTH -> " member organisations and PPGs";
                    } + " will be invited.")
                    + nobody));
        }
        checks.add(new LaunchCheck("Approved by the INT lead", c.getApprovedBy() != null, c.getApprovedBy() != null
                ? "Approved on " + DAY.format(c.getApprovedAt().atZone(clock.getZone())) + "."
                : "An INT lead must approve the consultation as set up."));
        return checks;
    }

    private static String weeks(long days) {
        long weeks = days / 7;
        long rest = days % 7;
        return (weeks == 1 ? "1 week" : weeks + " weeks") + (rest == 0 ? "" : rest == 1 ? " and 1 day"
                : " and " + rest + " days");
    }

    private void requireDraft(Consultation c) {
        if (c.getStatus() != ConsultationStatus.DRAFT) {
            throw new ConsultationRefusedException("This consultation has been launched already.");
        }
    }

    private void requireCoding(Consultation c) {
        if (c.getStatus() == ConsultationStatus.OPEN || c.getStatus() == ConsultationStatus.DRAFT) {
            throw new ConsultationRefusedException("Themes are coded once the consultation has closed.");
        }
        if (c.getStatus() != ConsultationStatus.CLOSED) {
            throw new ConsultationRefusedException("The outcome has been published, so its themes can no longer change.");
        }
    }

    /** Refuses a response, or a change to one, that comes too late, with the reason in plain English. */
    void requireTakesResponses(Consultation c, Response response) {
        Instant deadline = PortalTime.endOf(c.getClosesOn(), clock);
        if (c.getStatus() != ConsultationStatus.OPEN || clock.instant().isAfter(deadline)) {
            throw new ConsultationClosedException("This consultation closed on " + DAY.format(c.getClosesOn())
                    + ", so responses are no longer taken. If you have something to add, please contact the INT "
                    + "lead.");
        }
        if (response.getStatus() == ResponseStatus.SUBMITTED) {
            throw new ConsultationClosedException(response.getPartyName() + "'s response was sent on "
                    + DAY.format(response.getSubmittedAt().atZone(clock.getZone())) + "; it can no longer be changed.");
        }
    }

    private Map<Long, Map<Long, String>> answersOf(Collection<Response> of) {
        if (of.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Long, String>> by = new HashMap<>();
        answers.findByResponseIdIn(of.stream().map(Response::getId).toList())
                .forEach(a -> by.computeIfAbsent(a.getResponseId(), k -> new HashMap<>())
                        .put(a.getQuestionId(), a.getAnswer()));
        return by;
    }

    /** What is wrong with an answer, or null. */
    static String problemWith(Question q, String value) {
        List<String> choices = q.getChoices();
        return switch (q.getKind()) {
            case FREE_TEXT -> value.length() > ANSWER_LENGTH ? "Keep the answer to " + ANSWER_LENGTH
                    + " characters or fewer." : null;
            case SINGLE_CHOICE, AGREEMENT -> choices.contains(value) ? null : "Choose one of the answers offered.";
            case MULTIPLE_CHOICE -> lines(value).stream().allMatch(choices::contains)
                    ? null : "Choose among the answers offered.";
            case RANKING -> {
                List<String> ranked = lines(value);
                yield ranked.size() == choices.size() && new HashSet<>(ranked).equals(new HashSet<>(choices))
                        ? null : "Put every choice in order, each once.";
            }
        };
    }

    private static String normalised(Question q, String value) {
        if (q.getKind() == QuestionKind.MULTIPLE_CHOICE) {
            Set<String> picked = new LinkedHashSet<>(lines(value));
            return q.getChoices().stream().filter(picked::contains).collect(Collectors.joining("\n"));
        }
        return q.getKind() == QuestionKind.RANKING ? String.join("\n", lines(value)) : value;
    }

    private static List<String> lines(String value) {
        return value.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void text(List<FieldError> problems, String key, String label, String value, int max,
                             String whenEmpty) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldError(key, label, whenEmpty));
        } else if (value.strip().length() > max) {
            problems.add(new FieldError(key, label, label + " must be " + max + " characters or fewer."));
        }
    }

    private static void optional(List<FieldError> problems, String key, String label, String value) {
        if (value != null && value.strip().length() > STATEMENT_LENGTH) {
            problems.add(new FieldError(key, label, label + " must be " + STATEMENT_LENGTH + " characters or fewer."));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
