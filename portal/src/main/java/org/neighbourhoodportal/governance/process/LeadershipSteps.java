package org.neighbourhoodportal.governance.process;

import org.neighbourhoodportal.timeline.TimelineRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.governance.GovernancePolicy;
import org.neighbourhoodportal.governance.GovernanceTimelines;
import org.neighbourhoodportal.governance.GroupStatus;
import org.neighbourhoodportal.governance.NominationCalls;
import org.neighbourhoodportal.governance.domain.LeadershipGroup;
import org.neighbourhoodportal.governance.domain.LeadershipGroupRepository;
import org.neighbourhoodportal.governance.domain.LeadershipSeat;
import org.neighbourhoodportal.governance.domain.LeadershipSeatRepository;
import org.neighbourhoodportal.governance.domain.Nomination;
import org.neighbourhoodportal.governance.domain.NominationCall;
import org.neighbourhoodportal.governance.domain.NominationCallRepository;
import org.neighbourhoodportal.governance.domain.NominationRepository;
import org.neighbourhoodportal.notifications.Audience;
import org.neighbourhoodportal.notifications.Notice;
import org.neighbourhoodportal.notifications.NotificationKind;
import org.neighbourhoodportal.processes.CoreSeatCoverage;
import org.neighbourhoodportal.processes.LeadershipGroupFormation;
import org.neighbourhoodportal.processes.OrganisationShareOfSeats;
import org.neighbourhoodportal.processes.ResponseRound;
import org.neighbourhoodportal.rounds.RoundAnswer;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.Visibility;
import org.neighbourhoodportal.workflow.Decisions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each step of forming a leadership group records. Package-private: only this package's handler, round answers
 * (the signed-in person's steps) and delegates (the engine's) call it; each checks the caller through
 * {@link GovernancePolicy}.
 */
@Component
@Transactional
class LeadershipSteps {

    static final String CHECK_STEP = "Checking the core seats";
    static final String TELL_STEP = "Telling everyone nominated";
    static final String REMIND_STEP = "Term of office reminder";

    private final LeadershipGroupRepository groups;
    private final LeadershipSeatRepository seats;
    private final NominationRepository nominations;
    private final NominationCallRepository calls;
    private final NominationCalls callsForNominations;
    private final GovernancePolicy policy;
    private final DirectoryService directory;
    private final Decisions decisions;
    private final Timeline timeline;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    LeadershipSteps(LeadershipGroupRepository groups, LeadershipSeatRepository seats, NominationRepository nominations,
                    NominationCallRepository calls, NominationCalls callsForNominations, GovernancePolicy policy,
                    DirectoryService directory, Decisions decisions, Timeline timeline,
                    ApplicationEventPublisher published, Clock clock) {
        this.groups = groups;
        this.seats = seats;
        this.nominations = nominations;
        this.calls = calls;
        this.callsForNominations = callsForNominations;
        this.policy = policy;
        this.directory = directory;
        this.decisions = decisions;
        this.timeline = timeline;
        this.published = published;
        this.clock = clock;
    }

    /** An organisation's representative nominates a person for the seats ticked (or nobody, all unticked). */
    void nominated(RoundAnswer answer, List<String> seatIds, String nomineeId, String statement) {
        AccessProfile me = policy.me();
        NominationCall call = calls.findById(answer.recordId())
                .orElseThrow(() -> new NotAllowedException(GovernancePolicy.GROUP_NOT_FOUND));
        LeadershipGroup group = load(call.getGroupId());
        policy.requireMayNominate(me, group, answer.partyId());
        if (nominations.existsByCallIdAndOrganisationId(call.getId(), answer.partyId())) {
            throw new IllegalStateException("Your organisation has nominated already in this round.");
        }
        String organisation = directory.organisation(answer.partyId()).map(OrganisationSummary::name).orElse("");
        if (seatIds.isEmpty()) {
            timeline.append(GovernanceTimelines.group(group.getId()), Credit.person(me), "NO_NOMINATION",
                    organisation + " nominated nobody this time", null, Visibility.EVERYONE);
            return;
        }
        if (nomineeId == null) {
            throw new IllegalArgumentException("Choose who your organisation nominates for the seats you ticked.");
        }
        Map<Long, LeadershipSeat> bySeat = seatsOf(group.getId()).stream()
                .collect(Collectors.toMap(LeadershipSeat::getId, s -> s));
        long nominee = Long.parseLong(nomineeId);
        List<String> named = new ArrayList<>();
        for (String seatId : seatIds) {
            LeadershipSeat seat = bySeat.get(Long.parseLong(seatId));
            nominations.save(new Nomination(group.getId(), seat.getId(), call.getId(), answer.partyId(), nominee,
                    me.personId(), statement, clock.instant()));
            named.add(seat.getName());
        }
        timeline.append(GovernanceTimelines.group(group.getId()), Credit.person(me), "NOMINATED",
                organisation + " nominated " + directory.personName(nominee), String.join(", ", named),
                Visibility.EVERYONE);
    }

    /** The round's inputs from the group's latest call for nominations. Engine only. */
    Map<String, Object> roundInputs(long groupId) {
        policy.requireEngine();
        NominationCall call = calls.findFirstByGroupIdOrderByIdDesc(groupId)
                .orElseThrow(() -> new IllegalStateException("Leadership group " + groupId + " has no call for nominations"));
        Map<String, Object> variables = new HashMap<>();
        variables.put(ResponseRound.VAR_ROUND_ID, call.getRoundId());
        variables.put(ResponseRound.VAR_ROUND_KEY, Long.toString(call.getRoundId()));
        variables.put(ResponseRound.VAR_PARTY_GROUPS, new ArrayList<>(call.getPartyGroups()));
        variables.put(ResponseRound.VAR_CLOSES_AT, Date.from(call.getClosesAt()));
        variables.put(ResponseRound.VAR_REMIND_AT, Date.from(call.getRemindAt()));
        variables.put(ResponseRound.VAR_ANSWER_FORM, LeadershipGroupFormation.FORM_NOMINATE_FOR_SEATS);
        variables.put(ResponseRound.VAR_ANSWER_TASK_NAME, NominationCalls.ANSWER_TASK_NAME);
        return variables;
    }

    /**
     * Asks the decision tables about every seat (is a core seat covered?) and every organisation nominating (would it
     * hold a majority?), and records the gaps in plain English. Engine only.
     *
     * @return whether there are gaps
     */
    boolean checkSeats(long groupId) {
        policy.requireEngine();
        LeadershipGroup group = load(groupId);
        List<LeadershipSeat> all = seatsOf(groupId);
        List<Nomination> nominated = nominations.findByGroupIdOrderByIdAsc(groupId);
        TimelineRecord record = GovernanceTimelines.group(groupId);
        List<String> gaps = new ArrayList<>();
        for (LeadershipSeat seat : all) {
            int count = (int) nominated.stream().filter(n -> n.getSeatId() == seat.getId()).count();
            var outcome = decisions.evaluate(CoreSeatCoverage.KEY, record, Map.of(
                    CoreSeatCoverage.IN_SEAT_IS_CORE, seat.isCore(), CoreSeatCoverage.IN_NOMINEES, count,
                    CoreSeatCoverage.IN_SEAT_NAME, seat.getName()), rows -> gapOf(rows, CoreSeatCoverage.OUT_GAP,
                    seat.getName() + " is covered."));
            if (!rows(outcome.rows(), CoreSeatCoverage.OUT_COVERED)) {
                gaps.add(outcome.inWords());
            }
        }
        Map<Long, Set<Long>> seatsByOrganisation = new HashMap<>();
        nominated.forEach(n -> seatsByOrganisation.computeIfAbsent(n.getOrganisationId(), k -> new HashSet<>())
                .add(n.getSeatId()));
        for (Map.Entry<Long, Set<Long>> entry : seatsByOrganisation.entrySet()) {
            String name = directory.organisation(entry.getKey()).map(OrganisationSummary::name).orElse("An organisation");
            double share = all.isEmpty() ? 0 : 100.0 * entry.getValue().size() / all.size();
            var outcome = decisions.evaluate(OrganisationShareOfSeats.KEY, record, Map.of(
                    OrganisationShareOfSeats.IN_SHARE_PERCENT, share,
                    OrganisationShareOfSeats.IN_ORGANISATION_NAME, name),
                    rows -> gapOf(rows, OrganisationShareOfSeats.OUT_GAP, name + " would not hold a majority."));
            if (rows(outcome.rows(), OrganisationShareOfSeats.OUT_MAJORITY)) {
                gaps.add(outcome.inWords());
            }
        }
        group.checked(String.join("\n", gaps));
        timeline.append(GovernanceTimelines.group(groupId), Credit.step(CHECK_STEP), "CHECKED",
                gaps.isEmpty() ? "Every core seat is covered" : "Gaps found", gaps.isEmpty() ? null
                        : String.join(" ", gaps), Visibility.EVERYONE);
        return !gaps.isEmpty();
    }

    /** The lead asks again for the gaps (a new call, closing at the end of {@code closesOn}) or accepts them. */
    void gapsResolved(long groupId, String nextStep, LocalDate closesOn, String reason) {
        AccessProfile me = policy.me();
        LeadershipGroup group = load(groupId);
        policy.requireLead(me, group);
        if (group.getStatus() != GroupStatus.GAPS) {
            throw new IllegalStateException("The gaps have been dealt with already.");
        }
        if (LeadershipGroupFormation.ASK_AGAIN.equals(nextStep)) {
            if (closesOn == null || !closesOn.isAfter(PortalTime.today(clock))) {
                throw new IllegalArgumentException("Choose a date after today for the new nominations.");
            }
            callsForNominations.open(group, "the seats still open: " + group.getGaps().replace('\n', ' '),
                    PortalTime.endOf(closesOn, clock));
            group.askedAgain();
            timeline.append(GovernanceTimelines.group(groupId), Credit.person(me), "ASKED_AGAIN",
                    "Nominations asked for again", group.getGaps(), Visibility.EVERYONE);
        } else {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("Say why you are accepting the gaps.");
            }
            group.gapsAccepted(reason.strip());
            timeline.append(GovernanceTimelines.group(groupId), Credit.person(me), "GAPS_ACCEPTED",
                    "Gaps accepted", reason.strip(), Visibility.EVERYONE);
        }
    }

    /** The lead confirms the group: the nominations ticked take their seats, the others do not. */
    void confirmed(long groupId, List<String> appointments, String note) {
        AccessProfile me = policy.me();
        LeadershipGroup group = load(groupId);
        policy.requireLead(me, group);
        Set<Long> chosen = appointments.stream().map(Long::valueOf).collect(Collectors.toSet());
        List<Nomination> all = nominations.findByGroupIdOrderByIdAsc(groupId);
        all.forEach(n -> n.decide(chosen.contains(n.getId())));
        LocalDate today = PortalTime.today(clock);
        group.confirm(clock.instant(), today.plusMonths(group.getTermMonths()), note);
        timeline.append(GovernanceTimelines.group(groupId), Credit.person(me), "CONFIRMED", "Group confirmed",
                chosen.size() + " of " + all.size() + " nominations accepted. Term of office ends "
                        + group.getTermEndsOn() + ".", Visibility.EVERYONE);
    }

    /**
     * Tells each person nominated whether they have a seat (once per person: a retried job tells nobody twice).
     * Engine only.
     *
     * @return when the lead is reminded that the term of office is ending: two months before it ends
     */
    Date nomineesTold(long groupId) {
        policy.requireEngine();
        LeadershipGroup group = load(groupId);
        Map<Long, String> seatNames = seatsOf(groupId).stream()
                .collect(Collectors.toMap(LeadershipSeat::getId, LeadershipSeat::getName));
        Map<Long, List<Nomination>> byPerson = nominations.findByGroupIdOrderByIdAsc(groupId).stream()
                .collect(Collectors.groupingBy(Nomination::getNomineeId));
        String route = GovernanceTimelines.route(groupId);
        byPerson.forEach((person, theirs) -> {
            List<String> appointed = theirs.stream().filter(n -> Boolean.TRUE.equals(n.getAppointed()))
                    .map(n -> seatNames.get(n.getSeatId())).toList();
            String note = group.getOutcomeNote() == null ? "" : " The lead's note: " + group.getOutcomeNote();
            published.publishEvent(new Notice(NotificationKind.LEADERSHIP_OUTCOME,
                    "leadership-group:" + groupId + ":outcome:" + person, Audience.person(person),
                    appointed.isEmpty() ? "The " + group.getName() + " has been confirmed"
                            : "You have a seat on the " + group.getName(),
                    (appointed.isEmpty() ? "You were nominated, but have not been given a seat this time."
                            : "Your seat: " + String.join(", ", appointed) + ", until " + group.getTermEndsOn()
                            + ".") + note, route));
        });
        timeline.append(GovernanceTimelines.group(groupId), Credit.step(TELL_STEP), "NOMINEES_TOLD",
                "Everyone nominated was told the outcome", byPerson.size() + " people told.", Visibility.EVERYONE);
        Instant remind = group.getTermEndsOn().minusMonths(2).atTime(9, 0).atZone(clock.getZone()).toInstant();
        return Date.from(remind.isAfter(clock.instant()) ? remind : clock.instant());
    }

    /** Tells the INT's leads the group's term of office ends soon. Engine only. */
    void termEndingSoon(long groupId) {
        policy.requireEngine();
        LeadershipGroup group = load(groupId);
        published.publishEvent(new Notice(NotificationKind.TERM_ENDING, "leadership-group:" + groupId + ":term-ending",
                Audience.group(WorkGroups.teamLeads(group.getTeamId())),
                "The " + group.getName() + "'s term of office ends on " + group.getTermEndsOn(),
                "Start forming the next group in time: define its seats and ask the member organisations for "
                        + "nominations.", GovernanceTimelines.route(groupId)));
        timeline.append(GovernanceTimelines.group(groupId), Credit.step(REMIND_STEP), "TERM_ENDING",
                "The leads were reminded the term of office is ending", null, Visibility.EVERYONE);
    }

    /** The seats a nomination form offers, for a call's record. */
    List<Option> seatOptions(long callId) {
        return calls.findById(callId).map(c -> seatsOf(c.getGroupId()).stream()
                .map(s -> new Option(s.getId().toString(), s.getName() + (s.isCore() ? " (core)" : ""))).toList())
                .orElse(List.of());
    }

    /** The people a nomination form offers: the INT's people. */
    List<Option> nomineeOptions(long callId) {
        return calls.findById(callId).flatMap(c -> groups.findById(c.getGroupId()))
                .map(g -> directory.teamPeople(g.getTeamId()).stream()
                        .map(p -> new Option(Long.toString(p.id()), p.label())).toList())
                .orElse(List.of());
    }

    /** The nominations the confirm form offers: "Seat: person (organisation)". */
    List<Option> nominationOptions(long groupId) {
        Map<Long, String> seatNames = seatsOf(groupId).stream()
                .collect(Collectors.toMap(LeadershipSeat::getId, LeadershipSeat::getName));
        List<Nomination> all = nominations.findByGroupIdOrderByIdAsc(groupId);
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = directory.personNames(all.stream().map(Nomination::getNomineeId).toList());
        return all.stream().map(n -> new Option(n.getId().toString(), seatNames.get(n.getSeatId()) + ": "
                + names.get(n.getNomineeId()) + directory.organisation(n.getOrganisationId())
                .map(o -> " (" + o.name() + ")").orElse(""))).toList();
    }

    /** Every nomination, ticked to start with. */
    List<String> allNominations(long groupId) {
        return nominations.findByGroupIdOrderByIdAsc(groupId).stream().map(n -> n.getId().toString()).toList();
    }

    private static String gapOf(List<Map<String, Object>> rows, String output, String otherwise) {
        return rows.stream().map(r -> (String) r.get(output)).filter(g -> g != null && !g.isBlank()).findFirst()
                .orElse(otherwise);
    }

    private static boolean rows(List<Map<String, Object>> rows, String output) {
        return rows.stream().anyMatch(r -> Boolean.TRUE.equals(r.get(output)));
    }

    private List<LeadershipSeat> seatsOf(long groupId) {
        return seats.findByGroupIdOrderByPositionAsc(groupId);
    }

    private LeadershipGroup load(long groupId) {
        return groups.findById(groupId).orElseThrow(() -> new NotAllowedException(GovernancePolicy.GROUP_NOT_FOUND));
    }
}
