package org.neighbourhoodportal.governance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.forms.FieldError;
import org.neighbourhoodportal.forms.FormSubmission;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.governance.domain.LeadershipGroup;
import org.neighbourhoodportal.governance.domain.LeadershipGroupRepository;
import org.neighbourhoodportal.governance.domain.LeadershipSeat;
import org.neighbourhoodportal.governance.domain.LeadershipSeatRepository;
import org.neighbourhoodportal.governance.domain.Nomination;
import org.neighbourhoodportal.governance.domain.NominationCallRepository;
import org.neighbourhoodportal.governance.domain.NominationRepository;
import org.neighbourhoodportal.processes.LeadershipGroupFormation;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.RoundStatus;
import org.neighbourhoodportal.rounds.RoundView;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.Visibility;
import org.neighbourhoodportal.workflow.FormCatalogue;
import org.neighbourhoodportal.workflow.ProcessService;
import org.neighbourhoodportal.workflow.StartOutcome;
import org.neighbourhoodportal.workflow.TaskForm;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forming an INT's leadership group (issue 12): the lead defines its seats (core ones, a senior sponsor, a term of
 * office) and asks every member organisation for nominations; the process ({@code LeadershipGroupFormation}) checks
 * the gaps with decision tables, the lead resolves them and confirms the group. Every method checks the signed-in
 * person through {@link GovernancePolicy} and throws {@link NotAllowedException} when they may not; what each step
 * records lives in {@code governance.process}, package-private.
 */
@Service
@Transactional
public class LeadershipGroupService {

    public static final String TEAM_OPTIONS = "teams";

    private final LeadershipGroupRepository groups;
    private final LeadershipSeatRepository seats;
    private final NominationRepository nominations;
    private final NominationCallRepository calls;
    private final NominationCalls callsForNominations;
    private final DirectoryService directory;
    private final ProcessService processes;
    private final FormCatalogue forms;
    private final CurrentUser currentUser;
    private final GovernancePolicy policy;
    private final RoundService rounds;
    private final Timeline timeline;
    private final Clock clock;

    LeadershipGroupService(LeadershipGroupRepository groups, LeadershipSeatRepository seats,
                           NominationRepository nominations, NominationCallRepository calls,
                           NominationCalls callsForNominations, DirectoryService directory, ProcessService processes,
                           FormCatalogue forms, CurrentUser currentUser, GovernancePolicy policy, RoundService rounds,
                           Timeline timeline, Clock clock) {
        this.groups = groups;
        this.seats = seats;
        this.nominations = nominations;
        this.calls = calls;
        this.callsForNominations = callsForNominations;
        this.directory = directory;
        this.processes = processes;
        this.forms = forms;
        this.currentUser = currentUser;
        this.policy = policy;
        this.rounds = rounds;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** The choices the start form offers: the INTs the caller leads (none for anyone else). Signed in only. */
    @Transactional(readOnly = true)
    public Map<String, List<Option>> startFormOptions() {
        AccessProfile me = currentUser.require();
        return Map.of(TEAM_OPTIONS, directory.teams(me.ledTeams()).stream()
                .map(t -> new Option(Long.toString(t.id()), t.name())).toList());
    }

    /** The form an INT lead fills in to define the group's seats, with its choices. Signed in only. */
    @Transactional(readOnly = true)
    public TaskForm startForm() {
        return new TaskForm(forms.form(LeadershipGroupFormation.FORM_DEFINE_LEADERSHIP_GROUP), startFormOptions());
    }

    /**
     * An INT lead defines the group's seats and asks every member organisation for nominations; the process starts in
     * the same transaction. Seats: the core ones ticked, the senior sponsor's (core), and the others one a line.
     *
     * @return the new group's id, or the form's errors (then nothing is saved)
     * @throws NotAllowedException when the caller leads no INT (or not the one chosen: the form refuses it)
     */
    public StartOutcome start(Map<String, Object> raw) {
        AccessProfile me = currentUser.require();
        policy.requireMayForm(me);
        FormSubmission submission = forms.validate(LeadershipGroupFormation.FORM_DEFINE_LEADERSHIP_GROUP, raw,
                startFormOptions());
        List<FieldError> errors = new ArrayList<>(submission.errors());
        Map<String, Object> values = submission.values();
        LocalDate closesOn = (LocalDate) values.get("closesOn");
        if (closesOn != null && !closesOn.isAfter(PortalTime.today(clock))) {
            errors.add(new FieldError("closesOn", "Nominations needed by",
                    "Choose a date after today, so the organisations have time to agree who to put forward."));
        }
        List<String> other = lines((String) values.get("otherSeats"));
        if (other.stream().anyMatch(s -> s.length() > LeadershipSeat.NAME_LENGTH)) {
            errors.add(new FieldError("otherSeats", "Other seats",
                    "Each seat's name must be " + LeadershipSeat.NAME_LENGTH + " characters or fewer."));
        }
        if (!errors.isEmpty()) {
            return StartOutcome.refused(errors);
        }
        long teamId = Long.parseLong((String) values.get("teamId"));
        int termMonths = ((Number) values.get("termMonths")).intValue();
        LeadershipGroup group = groups.save(new LeadershipGroup(teamId, ((String) values.get("name")).strip(),
                termMonths, me.personId(), clock.instant()));
        int position = 0;
        Set<String> names = new LinkedHashSet<>();
        seats.save(new LeadershipSeat(group.getId(), ((String) values.get("sponsorSeat")).strip(), true, true,
                position++));
        names.add(((String) values.get("sponsorSeat")).strip());
        @SuppressWarnings("unchecked")
        List<String> core = (List<String>) values.get("coreSeats");
        for (String seat : core) {
            if (names.add(seat)) {
                seats.save(new LeadershipSeat(group.getId(), seat, true, false, position++));
            }
        }
        for (String seat : other) {
            if (names.add(seat)) {
                seats.save(new LeadershipSeat(group.getId(), seat, false, false, position++));
            }
        }
        callsForNominations.open(group, String.join(", ", names), PortalTime.endOf(closesOn, clock));
        Map<String, Object> variables = new HashMap<>();
        variables.put(LeadershipGroupFormation.VAR_GROUP_ID, group.getId());
        variables.put(LeadershipGroupFormation.VAR_TEAM_ID, teamId);
        variables.put(LeadershipGroupFormation.VAR_LEAD_GROUP, WorkGroups.teamLeads(teamId));
        processes.start(LeadershipGroupFormation.KEY, group.getId().toString(), variables);
        timeline.append(GovernanceTimelines.group(group.getId()), Credit.person(me), "SEATS_DEFINED",
                "Seats defined and nominations asked for", String.join(", ", names) + ". Term of office: "
                        + termMonths + " months.", Visibility.EVERYONE);
        return StartOutcome.saved(group.getId());
    }

    /** The leadership groups of the INTs the caller may read, newest first. Signed in only. */
    @Transactional(readOnly = true)
    public List<GroupRow> list() {
        AccessProfile me = currentUser.require();
        Set<Long> teams = me.teamsInView();
        if (teams.isEmpty()) {
            return List.of();
        }
        List<LeadershipGroup> found = groups.findByTeamIdInOrderByCreatedAtDesc(teams);
        Map<Long, String> teamNames = directory.teams(teams).stream()
                .collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
        return found.stream().map(g -> {
            List<Nomination> all = nominations.findByGroupIdOrderByIdAsc(g.getId());
            int members = (int) all.stream().filter(n -> Boolean.TRUE.equals(n.getAppointed()))
                    .map(Nomination::getNomineeId).distinct().count();
            return new GroupRow(g.getId(), g.getName(), teamNames.get(g.getTeamId()), g.getStatus(),
                    seats.findByGroupIdOrderByPositionAsc(g.getId()).size(), members, g.getTermEndsOn());
        }).toList();
    }

    /**
     * One group: its seats with nominees (before confirming) or members (after), their organisations, the term, the
     * gaps found and the group's history.
     *
     * @throws NotAllowedException "does not exist, or no access" unless the caller may read it
     */
    @Transactional(readOnly = true)
    public GroupDetails details(long groupId) {
        AccessProfile me = currentUser.require();
        LeadershipGroup group = load(groupId);
        policy.requireRead(me, group);
        List<Nomination> all = nominations.findByGroupIdOrderByIdAsc(groupId);
        Map<Long, String> names = all.isEmpty() ? Map.of()
                : directory.personNames(all.stream().map(Nomination::getNomineeId).collect(Collectors.toSet()));
        Map<Long, String> organisations = directory.memberOrganisations(group.getTeamId()).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
        boolean confirmed = group.getStatus() == GroupStatus.CONFIRMED;
        List<GroupDetails.SeatView> seatViews = seats.findByGroupIdOrderByPositionAsc(groupId).stream()
                .map(seat -> new GroupDetails.SeatView(seat.getName(), seat.isCore(), seat.isSponsor(),
                        all.stream().filter(n -> n.getSeatId() == seat.getId())
                                .filter(n -> !confirmed || Boolean.TRUE.equals(n.getAppointed()))
                                .map(n -> new GroupDetails.Holder(names.get(n.getNomineeId()),
                                        organisations.getOrDefault(n.getOrganisationId(), "An organisation that has left"),
                                        n.getStatement(), n.getAppointed()))
                                .toList()))
                .toList();
        return new GroupDetails(group.getId(), group.getName(), directory.team(group.getTeamId()).name(),
                group.getStatus(), group.getTermMonths(), group.getGaps(), group.getGapsAcceptedReason(),
                group.getConfirmedAt(), group.getTermEndsOn(), seatViews, waitingOn(group),
                timeline.entries(GovernanceTimelines.group(groupId), true));
    }

    /**
     * The latest call for nominations' round, as the caller may see it (for the group's page).
     *
     * @throws NotAllowedException "does not exist, or no access" unless the caller may read the group
     */
    @Transactional(readOnly = true)
    public java.util.Optional<RoundView> latestRound(long groupId) {
        AccessProfile me = currentUser.require();
        policy.requireRead(me, load(groupId));
        return calls.findFirstByGroupIdOrderByIdDesc(groupId)
                .flatMap(c -> rounds.roundFor(GovernanceTimelines.NOMINATION_ROUND_KIND, c.getId()));
    }

    /**
     * Names for the inbox, by id, of those groups the caller may read; the others are left out.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    @Transactional(readOnly = true)
    public Map<Long, String> titles(Set<Long> groupIds) {
        AccessProfile me = currentUser.require();
        return groups.findByIdIn(groupIds).stream().filter(g -> policy.mayRead(me, g))
                .collect(Collectors.toMap(LeadershipGroup::getId, LeadershipGroup::getName));
    }

    private List<String> waitingOn(LeadershipGroup group) {
        List<String> steps = new ArrayList<>();
        calls.findFirstByGroupIdOrderByIdDesc(group.getId())
                .flatMap(c -> rounds.roundFor(GovernanceTimelines.NOMINATION_ROUND_KIND, c.getId()))
                .filter(r -> r.status() == RoundStatus.OPEN).ifPresent(r -> steps.add(NominationCalls.ANSWER_TASK_NAME));
        steps.addAll(processes.waitingOn(LeadershipGroupFormation.KEY, group.getId().toString()));
        return steps;
    }

    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private LeadershipGroup load(long groupId) {
        return groups.findById(groupId).orElseThrow(() -> new NotAllowedException(GovernancePolicy.GROUP_NOT_FOUND));
    }
}
