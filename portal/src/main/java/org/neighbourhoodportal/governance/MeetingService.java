package org.neighbourhoodportal.governance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.governance.domain.Agreement;
import org.neighbourhoodportal.governance.domain.AgreementInForce;
import org.neighbourhoodportal.governance.domain.AgreementInForceRepository;
import org.neighbourhoodportal.governance.domain.AgreementRepository;
import org.neighbourhoodportal.governance.domain.AgreementVersion;
import org.neighbourhoodportal.governance.domain.AgreementVersionRepository;
import org.neighbourhoodportal.governance.domain.LeadershipGroup;
import org.neighbourhoodportal.governance.domain.LeadershipGroupRepository;
import org.neighbourhoodportal.governance.domain.LeadershipSeat;
import org.neighbourhoodportal.governance.domain.LeadershipSeatRepository;
import org.neighbourhoodportal.governance.domain.Meeting;
import org.neighbourhoodportal.governance.domain.MeetingAction;
import org.neighbourhoodportal.governance.domain.MeetingActionRepository;
import org.neighbourhoodportal.governance.domain.MeetingAttendance;
import org.neighbourhoodportal.governance.domain.MeetingAttendanceRepository;
import org.neighbourhoodportal.governance.domain.MeetingDeclaration;
import org.neighbourhoodportal.governance.domain.MeetingDeclarationRepository;
import org.neighbourhoodportal.governance.domain.MeetingDecision;
import org.neighbourhoodportal.governance.domain.MeetingDecisionRepository;
import org.neighbourhoodportal.governance.domain.MeetingItem;
import org.neighbourhoodportal.governance.domain.MeetingItemRepository;
import org.neighbourhoodportal.governance.domain.MeetingRepository;
import org.neighbourhoodportal.governance.domain.Nomination;
import org.neighbourhoodportal.governance.domain.NominationRepository;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.TimelineRecord;
import org.neighbourhoodportal.timeline.Visibility;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.PriorityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A leadership group's meetings (issue 12): date and time (the portal's zone, Europe/London), agenda, papers (the
 * documents kit, record kind {@value #RECORD_KIND}), attendance, declarations of interest per item, decisions per
 * item, minutes (a draft, then agreed at a later meeting), and the action log. Each decision is checked, whenever it
 * is shown, against the ToR in force on the meeting's date ({@link QuorumCheck}); a decision that would be flagged is
 * only recorded with a note saying how the group will deal with it.
 *
 * <p>Who may: the INT's leads record everything; an action's owner marks it done; the INT's people and its ICB's
 * managers read ({@link GovernancePolicy}). Every method throws {@link NotAllowedException} when the caller may not,
 * and {@link MeetingRefusedException} (plain English, nothing saved) when what they entered cannot be kept.
 */
@Service
@Transactional
public class MeetingService {

    public static final String RECORD_KIND = "meeting";
    public static final String MEETING_NOT_FOUND = "That meeting does not exist, or you do not have access to it.";

    private final MeetingRepository meetings;
    private final MeetingItemRepository items;
    private final MeetingAttendanceRepository attendance;
    private final MeetingDeclarationRepository declarations;
    private final MeetingDecisionRepository decisions;
    private final MeetingActionRepository actions;
    private final LeadershipGroupRepository groups;
    private final LeadershipSeatRepository seats;
    private final NominationRepository nominations;
    private final AgreementRepository agreements;
    private final AgreementVersionRepository versions;
    private final AgreementInForceRepository inForce;
    private final DirectoryService directory;
    private final PriorityService priorities;
    private final BoardPacks boardPacks;
    private final CurrentUser currentUser;
    private final GovernancePolicy policy;
    private final Timeline timeline;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, MeetingItemRepository items, MeetingAttendanceRepository attendance,
                   MeetingDeclarationRepository declarations, MeetingDecisionRepository decisions,
                   MeetingActionRepository actions, LeadershipGroupRepository groups, LeadershipSeatRepository seats,
                   NominationRepository nominations, AgreementRepository agreements,
                   AgreementVersionRepository versions, AgreementInForceRepository inForce, DirectoryService directory,
                   PriorityService priorities, BoardPacks boardPacks, CurrentUser currentUser, GovernancePolicy policy,
                   Timeline timeline, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.attendance = attendance;
        this.declarations = declarations;
        this.decisions = decisions;
        this.actions = actions;
        this.groups = groups;
        this.seats = seats;
        this.nominations = nominations;
        this.agreements = agreements;
        this.versions = versions;
        this.inForce = inForce;
        this.directory = directory;
        this.priorities = priorities;
        this.boardPacks = boardPacks;
        this.currentUser = currentUser;
        this.policy = policy;
        this.timeline = timeline;
        this.clock = clock;
    }

    public static TimelineRecord record(long meetingId) {
        return new TimelineRecord(RECORD_KIND, meetingId);
    }

    public static String route(long meetingId) {
        return "governance/meetings/" + meetingId;
    }

    // ---- reading ---------------------------------------------------------------------------------------------------

    /**
     * The group's meetings, newest first, each with its number of decisions and of flagged ones; and whether the
     * caller may plan one.
     *
     * @throws NotAllowedException "does not exist, or no access" unless the caller may read the group
     */
    @Transactional(readOnly = true)
    public GroupMeetings meetings(long groupId) {
        AccessProfile me = currentUser.require();
        LeadershipGroup group = group(groupId);
        policy.requireRead(me, group);
        List<Meeting> found = meetings.findByGroupIdOrderByStartsAtDesc(groupId);
        Checker checker = checker(group, found);
        return new GroupMeetings(me.leads(group.getTeamId()) && group.getStatus() == GroupStatus.CONFIRMED,
                found.stream().map(m -> {
                    List<MeetingDecision> taken = checker.decisions(m.getId());
                    int flagged = (int) taken.stream().filter(d -> checker.check(m, d).flagged()).count();
                    return new MeetingRow(m.getId(), m.getTitle(), m.getStartsAt(), m.getLocation(),
                            m.getMinutesStatus(), taken.size(), flagged);
                }).toList());
    }

    /**
     * Every decision of the group's meetings, newest meeting first, each with whether it was quorate under the ToR in
     * force on its meeting's date and any conflict of interest.
     *
     * @throws NotAllowedException "does not exist, or no access" unless the caller may read the group
     */
    @Transactional(readOnly = true)
    public List<DecisionLogRow> decisionsLog(long groupId) {
        AccessProfile me = currentUser.require();
        LeadershipGroup group = group(groupId);
        policy.requireRead(me, group);
        List<Meeting> found = meetings.findByGroupIdOrderByStartsAtDesc(groupId);
        Checker checker = checker(group, found);
        List<DecisionLogRow> rows = new ArrayList<>();
        for (Meeting m : found) {
            for (MeetingDecision d : checker.decisions(m.getId())) {
                QuorumCheck.Outcome outcome = checker.check(m, d);
                rows.add(new DecisionLogRow(d.getId(), m.getId(), m.getTitle(), m.getStartsAt(),
                        checker.item(d.getItemId()).getTitle(), d.getDecision(), method(d), outcome.quorumInWords(),
                        outcome.conflicts(), outcome.flagged(), d.getFlagNote(), checker.ratifies(d),
                        checker.settlement(d)));
            }
        }
        return rows;
    }

    /**
     * One meeting with everything its page shows.
     *
     * @throws NotAllowedException "does not exist, or no access" unless the caller may read the meeting's group
     */
    @Transactional(readOnly = true)
    public MeetingDetails details(long meetingId) {
        AccessProfile me = currentUser.require();
        Meeting meeting = meeting(meetingId);
        LeadershipGroup group = group(meeting.getGroupId());
        policy.requireRead(me, group);
        boolean mayRecord = me.leads(group.getTeamId());
        List<Meeting> all = meetings.findByGroupIdOrderByStartsAtDesc(group.getId());
        Checker checker = checker(group, all); // all: a decision's ratification is checked at its own meeting
        Map<Long, String> names = checker.names;
        List<MeetingDetails.AttendanceView> expected = checker.attendanceOf(meeting.getId());
        Map<Long, String> organisationNames = checker.organisations.values().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
        List<MeetingDetails.ItemView> agenda = checker.itemsOf(meeting.getId()).stream().map(item ->
                new MeetingDetails.ItemView(item.getId(), item.getPosition(), item.getTitle(),
                        item.getAboutOrganisationId() == null ? null : organisationNames.getOrDefault(
                                item.getAboutOrganisationId(), "An organisation that has left"),
                        checker.declarationsOf(meeting.getId()).stream().filter(d -> d.getItemId() == item.getId())
                                .map(d -> new MeetingDetails.DeclarationView(d.getId(), names.get(d.getPersonId()),
                                        d.getInterest(), d.getAction())).toList(),
                        checker.decisions(meeting.getId()).stream().filter(d -> d.getItemId() == item.getId())
                                .map(d -> new MeetingDetails.DecisionView(d.getId(), d.getDecision(), d.getMethod(),
                                        d.getVotes(), d.getFlagNote(), checker.check(meeting, d),
                                        checker.ratifies(d), checker.settlement(d))).toList()))
                .toList();
        Map<Long, String> priorityTitles = me.worksIn(group.getTeamId())
                ? priorities.prioritiesOfTeam(group.getTeamId()).stream()
                .collect(Collectors.toMap(PriorityRow::id, PriorityRow::title, (a, b) -> a, LinkedHashMap::new))
                : Map.of();
        List<MeetingAction> own = actions.findByGroupIdOrderByDueOnAscIdAsc(group.getId()).stream()
                .filter(a -> a.getMeetingId() == meetingId).toList();
        Map<Long, String> owners = directory.personNames(own.stream().map(MeetingAction::getOwnerId).toList());
        List<MeetingDetails.ActionView> actionViews = own.stream().map(a -> new MeetingDetails.ActionView(a.getId(),
                a.getDescription(), a.getOwnerId(), owners.get(a.getOwnerId()), a.getDueOn(),
                a.getPriorityId() == null ? null : priorityTitles.getOrDefault(a.getPriorityId(),
                        "A work plan priority"),
                a.getItemId() == null ? null : checker.item(a.getItemId()).getTitle(), a.getDoneAt() != null,
                a.getDoneAt() == null && (mayRecord || a.getOwnerId() == me.personId()))).toList();
        Optional<QuorumCheck.Rules> rules = checker.rulesOn(day(meeting));
        Map<Long, Meeting> byId = all.stream().collect(Collectors.toMap(Meeting::getId, m -> m));
        Meeting agreedAt = meeting.getMinutesAgreedAt() == null ? null : byId.get(meeting.getMinutesAgreedAt());
        return new MeetingDetails(meeting.getId(), group.getId(), group.getName(),
                directory.team(group.getTeamId()).name(), meeting.getTitle(), meeting.getStartsAt(),
                meeting.getLocation(), meeting.getAlsoAttending(), held(meeting),
                rules.map(r -> r.name() + ", in force from " + org.neighbourhoodportal.ui.Formats.day(r.inForceFrom())
                        + ": quorum " + r.quorumMembers() + (r.quorumSeats().isEmpty() ? "" : ", including "
                        + String.join(", ", r.quorumSeats())) + "; conflicts: "
                        + AgreementSections.CONFLICT_RULES.getOrDefault(r.conflictsRule(), r.conflictsRule()))
                        .orElse(null),
                expected, agenda, meeting.getMinutes(), meeting.getMinutesStatus(),
                agreedAt == null ? null : ref(agreedAt),
                all.stream().filter(m -> Long.valueOf(meetingId).equals(m.getMinutesAgreedAt())).map(this::ref)
                        .toList(),
                actionViews, mayRecord,
                mayRecord ? directory.teamPeople(group.getTeamId()) : List.of(),
                mayRecord ? List.copyOf(checker.organisations.values()) : List.of(),
                mayRecord ? priorityTitles.entrySet().stream()
                        .map(e -> new Option(Long.toString(e.getKey()), e.getValue())).toList() : List.of(),
                mayRecord ? all.stream().filter(m -> m.getStartsAt().isAfter(meeting.getStartsAt()))
                        .sorted(Comparator.comparing(Meeting::getStartsAt)).map(this::ref).toList() : List.of(),
                timeline.entries(record(meetingId), true),
                mayRecord ? checker.awaitingRatification(meeting) : List.of());
    }

    /**
     * The board pack: agenda, papers (their names, and the text of Word papers), the INT's latest published highlight
     * report and its work plan summary, as one Word document (.docx, A4, headings as styles). Same access as
     * {@link #details(long)}.
     */
    @Transactional(readOnly = true)
    public MeetingDocument boardPack(long meetingId) {
        MeetingDetails meeting = details(meetingId);
        long teamId = group(meeting.groupId()).getTeamId();
        byte[] content = boardPacks.write(meeting, teamId);
        String name = ("Board pack " + meeting.title() + " " + org.neighbourhoodportal.ui.Formats.day(
                meeting.startsAt())).replaceAll("[^A-Za-z0-9 _-]", "").strip().replaceAll(" +", "-") + ".docx";
        return new MeetingDocument(name, AgreementService.WORD, content);
    }

    // ---- recording -------------------------------------------------------------------------------------------------

    /**
     * The lead plans a meeting of a confirmed group: a title, the day and time (the portal's zone), a place, and its
     * agenda, one item a line.
     *
     * @return the meeting's id
     * @throws NotAllowedException      unless the caller leads the group's INT
     * @throws MeetingRefusedException  when a field is missing or too long, or the group is not confirmed yet
     */
    public long plan(long groupId, String title, LocalDate day, LocalTime time, String location, String agenda) {
        AccessProfile me = currentUser.require();
        LeadershipGroup group = group(groupId);
        policy.requireLead(me, group);
        if (group.getStatus() != GroupStatus.CONFIRMED) {
            throw new MeetingRefusedException("Confirm the leadership group before planning its meetings.");
        }
        String name = required(title, "the meeting's title", Meeting.TITLE_LENGTH);
        if (day == null || time == null) {
            throw new MeetingRefusedException("Choose the meeting's date and time.");
        }
        List<String> lines = LeadershipGroupService.lines(agenda);
        for (String line : lines) {
            limit(line, "Each agenda item", MeetingItem.TITLE_LENGTH);
        }
        Meeting meeting = meetings.save(new Meeting(groupId, name, day.atTime(time).atZone(clock.getZone())
                .toInstant(), optional(location, "The place", Meeting.LOCATION_LENGTH), me.personId(),
                clock.instant()));
        int position = 1;
        for (String line : lines) {
            items.save(new MeetingItem(meeting.getId(), position++, line, null));
        }
        timeline.append(record(meeting.getId()), Credit.person(me), "MEETING_PLANNED", "Meeting planned",
                org.neighbourhoodportal.ui.Formats.dayTime(meeting.getStartsAt()) + (lines.isEmpty() ? ""
                        : ". Agenda: " + String.join("; ", lines)), Visibility.EVERYONE);
        return meeting.getId();
    }

    /**
     * The lead adds an item to the agenda, optionally saying which member organisation it is about (its people then
     * have an interest to declare).
     *
     * @return the item's id
     * @throws NotAllowedException     unless the caller leads the group's INT
     * @throws MeetingRefusedException when the title is missing or too long, or the organisation is not a member
     */
    public long addItem(long meetingId, String title, Long aboutOrganisationId) {
        Meeting meeting = asLead(meetingId);
        String text = required(title, "the item's title", MeetingItem.TITLE_LENGTH);
        LeadershipGroup group = group(meeting.getGroupId());
        if (aboutOrganisationId != null && !directory.isMemberOrganisation(group.getTeamId(), aboutOrganisationId)) {
            throw new MeetingRefusedException("Choose one of the INT's member organisations.");
        }
        int position = items.findByMeetingIdOrderByPositionAsc(meetingId).size() + 1;
        long id = items.save(new MeetingItem(meetingId, position, text, aboutOrganisationId)).getId();
        timeline.append(record(meetingId), Credit.person(currentUser.require()), "ITEM_ADDED",
                "Agenda item " + position + " added", text, Visibility.EVERYONE);
        return id;
    }

    /**
     * The lead records who attended, sent apologies or was absent (people not in the map are left as they were), and
     * anyone else in attendance, one a line.
     *
     * @throws NotAllowedException     unless the caller leads the group's INT
     * @throws MeetingRefusedException when someone is not one of the INT's people or the text is too long
     */
    public void recordAttendance(long meetingId, Map<Long, AttendanceStatus> statuses, String alsoAttending) {
        Meeting meeting = asLead(meetingId);
        LeadershipGroup group = group(meeting.getGroupId());
        Set<Long> people = directory.teamPeople(group.getTeamId()).stream().map(PersonOption::id)
                .collect(Collectors.toSet());
        people.addAll(holders(group.getId()).keySet());
        Map<Long, MeetingAttendance> recorded = attendance.findByMeetingId(meetingId).stream()
                .collect(Collectors.toMap(MeetingAttendance::getPersonId, a -> a));
        for (Map.Entry<Long, AttendanceStatus> e : statuses.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            if (!people.contains(e.getKey())) {
                throw new MeetingRefusedException("Only the INT's people and the group's members can be recorded "
                        + "as attending; add anyone else under \"Also in attendance\".");
            }
            MeetingAttendance row = recorded.get(e.getKey());
            if (row == null) {
                attendance.save(new MeetingAttendance(meetingId, e.getKey(), e.getValue()));
            } else {
                row.setStatus(e.getValue());
            }
        }
        meeting.setAlsoAttending(optional(alsoAttending, "\"Also in attendance\"", Meeting.ALSO_ATTENDING_LENGTH));
        long present = attendance.findByMeetingId(meetingId).stream()
                .filter(a -> a.getStatus() == AttendanceStatus.PRESENT).count();
        timeline.append(record(meetingId), Credit.person(currentUser.require()), "ATTENDANCE", "Attendance recorded",
                present + " present", Visibility.EVERYONE);
    }

    /**
     * The lead records a declaration of interest on an agenda item: who, the interest, and what they did about the
     * decision (left the room, stayed without taking part, took part).
     *
     * @return the declaration's id
     * @throws NotAllowedException     unless the caller leads the group's INT
     * @throws MeetingRefusedException when the item is not this meeting's, the person is not recorded as present, or
     *                                 the interest is missing or too long
     */
    public long declare(long meetingId, long itemId, long personId, String interest, InterestAction action) {
        Meeting meeting = asLead(meetingId);
        MeetingItem item = itemOf(meeting, itemId);
        if (action == null) {
            throw new MeetingRefusedException("Say what they did about the decision.");
        }
        String text = required(interest, "the interest declared", MeetingDeclaration.INTEREST_LENGTH);
        boolean present = attendance.findByMeetingId(meetingId).stream()
                .anyMatch(a -> a.getPersonId() == personId && a.getStatus() == AttendanceStatus.PRESENT);
        if (!present) {
            throw new MeetingRefusedException("Record them as present before recording their declaration.");
        }
        AccessProfile me = currentUser.require();
        long id = declarations.save(new MeetingDeclaration(meetingId, itemId, personId, text, action, me.personId(),
                clock.instant())).getId();
        timeline.append(record(meetingId), Credit.person(me), "INTEREST_DECLARED",
                directory.personName(personId) + " declared an interest in item " + item.getPosition(),
                text + " " + action.label() + ".", Visibility.EVERYONE);
        return id;
    }

    /**
     * What {@link #decide} would say about a decision on this item now: quorate or not under the ToR in force on the
     * meeting's date, and any conflict. Same access as {@link #decide}.
     */
    @Transactional(readOnly = true)
    public QuorumCheck.Outcome checkItem(long meetingId, long itemId) {
        Meeting meeting = asLead(meetingId);
        itemOf(meeting, itemId);
        Checker checker = checker(group(meeting.getGroupId()), List.of(meeting));
        return checker.checkItem(meeting, itemId);
    }

    /**
     * The lead records a decision on an agenda item and how it was taken. A decision taken without a quorum (or with
     * no ToR in force), or with a conflict of interest not handled as the ToR says, is never recorded silently: it
     * needs {@code flagNote}, how the group will deal with it (for example, "to be ratified at the next quorate
     * meeting"), and stays flagged wherever it is shown.
     *
     * @return the decision's id
     * @throws NotAllowedException     unless the caller leads the group's INT
     * @throws MeetingRefusedException when the meeting has not started yet, text is missing or too long, or it would
     *                                 be flagged and has no note (the message says why it would be flagged)
     */
    public long decide(long meetingId, long itemId, String decision, DecisionMethod method, String votes,
                       String flagNote) {
        Meeting meeting = asLead(meetingId);
        MeetingItem item = itemOf(meeting, itemId);
        if (!held(meeting)) {
            throw new MeetingRefusedException("Decisions are recorded once the meeting has started.");
        }
        String text = required(decision, "the decision", MeetingDecision.DECISION_LENGTH);
        if (method == null) {
            throw new MeetingRefusedException("Say how the decision was taken.");
        }
        String voteText = optional(votes, "The votes", MeetingDecision.VOTES_LENGTH);
        String note = optional(flagNote, "The note on the flagged decision", MeetingDecision.FLAG_NOTE_LENGTH);
        QuorumCheck.Outcome outcome = checker(group(meeting.getGroupId()), List.of(meeting)).checkItem(meeting, itemId);
        if (outcome.flagged() && note == null) {
            throw new MeetingRefusedException("This decision would be flagged. " + outcome.quorumInWords()
                    + (outcome.conflicts().isEmpty() ? "" : " " + String.join(" ", outcome.conflicts()))
                    + " To record it anyway, say how the group will deal with it (for example, that it will be "
                    + "ratified at the next quorate meeting).");
        }
        AccessProfile me = currentUser.require();
        long id = decisions.save(new MeetingDecision(meetingId, itemId, text, method, voteText,
                outcome.flagged() ? note : null, me.personId(), clock.instant())).getId();
        timeline.append(record(meetingId), Credit.person(me), outcome.flagged() ? "DECISION_FLAGGED" : "DECISION",
                "Decision on item " + item.getPosition() + (outcome.flagged() ? " (flagged)" : ""),
                text + " " + outcome.quorumInWords() + (outcome.flagged() ? " Note: " + note : ""),
                Visibility.EVERYONE);
        return id;
    }

    /**
     * The lead records, on an agenda item of this meeting, that it ratified (or rejected) a flagged decision of an
     * earlier meeting of the group. The ratification is itself a decision of this meeting: checked for quorum under
     * the ToR in force on this meeting's date. Only a ratification that is not flagged itself settles the earlier
     * decision; one that would be flagged is refused without a note saying how the group will deal with it, and then
     * recorded flagged, leaving the earlier flag as it was. Both meetings' timelines say what happened.
     *
     * @return the ratification's id (a decision of this meeting)
     * @throws NotAllowedException     unless the caller leads the group's INT
     * @throws MeetingRefusedException when the meeting has not started, the decision is not an earlier meeting's of
     *                                 this group, was not flagged, is a ratification itself, or is settled already; or
     *                                 the ratification would be flagged and has no note (the message says why)
     */
    public long ratify(long meetingId, long itemId, long decisionId, Ratification outcome, DecisionMethod method,
                       String votes, String flagNote) {
        Meeting meeting = asLead(meetingId);
        MeetingItem item = itemOf(meeting, itemId);
        if (!held(meeting)) {
            throw new MeetingRefusedException("Decisions are recorded once the meeting has started.");
        }
        if (outcome == null) {
            throw new MeetingRefusedException("Say whether the meeting ratified the decision or rejected it.");
        }
        if (method == null) {
            throw new MeetingRefusedException("Say how the decision was taken.");
        }
        String voteText = optional(votes, "The votes", MeetingDecision.VOTES_LENGTH);
        String note = optional(flagNote, "The note on the flagged decision", MeetingDecision.FLAG_NOTE_LENGTH);
        List<Meeting> all = meetings.findByGroupIdOrderByStartsAtDesc(meeting.getGroupId());
        Checker checker = checker(group(meeting.getGroupId()), all);
        MeetingDecision earlier = checker.taken.stream().filter(d -> d.getId() == decisionId).findFirst()
                .orElseThrow(() -> new MeetingRefusedException("Choose a decision of an earlier meeting of this "
                        + "group."));
        Meeting earlierMeeting = checker.meetingsById.get(earlier.getMeetingId());
        if (!earlierMeeting.getStartsAt().isBefore(meeting.getStartsAt())) {
            throw new MeetingRefusedException("A decision is ratified at a later meeting: choose a decision of an "
                    + "earlier meeting of this group.");
        }
        if (earlier.getRatifiesId() != null) {
            throw new MeetingRefusedException("That decision is itself a ratification: ratify the original decision "
                    + "instead.");
        }
        if (!checker.check(earlierMeeting, earlier).flagged()) {
            throw new MeetingRefusedException("That decision was not flagged: the meeting was quorate and no conflict "
                    + "of interest was left unhandled, so there is nothing to ratify.");
        }
        MeetingDetails.Settlement settled = checker.settlement(earlier);
        if (settled != null) {
            throw new MeetingRefusedException("That decision was " + settled.inWords() + " already.");
        }
        QuorumCheck.Outcome check = checker.checkItem(meeting, itemId);
        if (check.flagged() && note == null) {
            throw new MeetingRefusedException("This ratification would be flagged itself, so it would not clear the "
                    + "earlier flag. " + check.quorumInWords()
                    + (check.conflicts().isEmpty() ? "" : " " + String.join(" ", check.conflicts()))
                    + " To record it anyway, say how the group will deal with it.");
        }
        String earlierDay = org.neighbourhoodportal.ui.Formats.day(earlierMeeting.getStartsAt());
        String text = outcome.label() + " the decision of the meeting of " + earlierDay + ": ";
        text = text + shorten(earlier.getDecision(), MeetingDecision.DECISION_LENGTH - text.length());
        AccessProfile me = currentUser.require();
        long id = decisions.save(new MeetingDecision(meetingId, itemId, text, method, voteText,
                check.flagged() ? note : null, me.personId(), clock.instant()).ratifying(decisionId, outcome))
                .getId();
        String thisDay = org.neighbourhoodportal.ui.Formats.day(meeting.getStartsAt());
        timeline.append(record(meetingId), Credit.person(me), check.flagged() ? "RATIFICATION_FLAGGED"
                        : "RATIFICATION", outcome.label() + " a decision of " + earlierDay + " (item "
                        + item.getPosition() + ")" + (check.flagged() ? " (flagged)" : ""),
                earlier.getDecision() + " " + check.quorumInWords() + (check.flagged() ? " Note: " + note : ""),
                Visibility.EVERYONE);
        timeline.append(record(earlierMeeting.getId()), Credit.person(me), check.flagged()
                        ? "RATIFICATION_NOT_COUNTED" : "DECISION_" + outcome.name(),
                check.flagged() ? "A ratification at the meeting of " + thisDay + " was flagged: this decision's "
                        + "flag stays" : "Decision " + outcome.pastTense() + " at the meeting of " + thisDay,
                earlier.getDecision(), Visibility.EVERYONE);
        return id;
    }

    /**
     * The lead saves the draft minutes (blank removes them). Agreed minutes cannot be changed.
     *
     * @throws NotAllowedException     unless the caller leads the group's INT
     * @throws MeetingRefusedException when the minutes are agreed already or too long
     */
    public void saveMinutes(long meetingId, String minutes) {
        Meeting meeting = asLead(meetingId);
        if (meeting.getMinutesStatus() == MinutesStatus.AGREED) {
            throw new MeetingRefusedException("These minutes were agreed at a later meeting, so they cannot change.");
        }
        meeting.draftMinutes(optional(minutes, "The minutes", Meeting.MINUTES_LENGTH));
        timeline.append(record(meetingId), Credit.person(currentUser.require()), "MINUTES_DRAFTED",
                "Draft minutes saved", null, Visibility.EVERYONE);
    }

    /**
     * The lead records that this meeting's draft minutes were agreed at a later meeting of the same group, one that
     * has started.
     *
     * @throws NotAllowedException     unless the caller leads the group's INT
     * @throws MeetingRefusedException when there are no draft minutes, or the other meeting is not a later one of the
     *                                 group that has started
     */
    public void agreeMinutes(long meetingId, long agreedAtMeetingId) {
        Meeting meeting = asLead(meetingId);
        if (meeting.getMinutesStatus() != MinutesStatus.DRAFT) {
            throw new MeetingRefusedException(meeting.getMinutesStatus() == MinutesStatus.AGREED
                    ? "These minutes are agreed already." : "Save the draft minutes first.");
        }
        Meeting later = meetings.findById(agreedAtMeetingId).filter(m -> m.getGroupId() == meeting.getGroupId())
                .orElseThrow(() -> new MeetingRefusedException("Choose a later meeting of the same group."));
        if (!later.getStartsAt().isAfter(meeting.getStartsAt()) || !held(later)) {
            throw new MeetingRefusedException("Minutes are agreed at a later meeting, once it has started.");
        }
        meeting.minutesAgreedAt(later.getId());
        AccessProfile me = currentUser.require();
        timeline.append(record(meetingId), Credit.person(me), "MINUTES_AGREED", "Minutes agreed",
                "At " + later.getTitle() + ", " + org.neighbourhoodportal.ui.Formats.day(later.getStartsAt()) + ".",
                Visibility.EVERYONE);
        timeline.append(record(later.getId()), Credit.person(me), "MINUTES_AGREED_HERE",
                "Minutes of an earlier meeting agreed", meeting.getTitle() + ", "
                        + org.neighbourhoodportal.ui.Formats.day(meeting.getStartsAt()) + ".", Visibility.EVERYONE);
    }

    /**
     * The lead adds an action: what, its owner (one of the INT's people), its due date, optionally the agenda item it
     * came from and the work plan priority it serves.
     *
     * @return the action's id
     * @throws NotAllowedException     unless the caller leads the group's INT
     * @throws MeetingRefusedException when text is missing or too long, the owner is not one of the INT's people, the
     *                                 due date is missing, or the priority is not one of the INT's
     */
    public long addAction(long meetingId, Long itemId, String description, Long ownerId, LocalDate dueOn,
                          Long priorityId) {
        Meeting meeting = asLead(meetingId);
        if (itemId != null) {
            itemOf(meeting, itemId);
        }
        String text = required(description, "the action", MeetingAction.DESCRIPTION_LENGTH);
        LeadershipGroup group = group(meeting.getGroupId());
        if (ownerId == null || directory.teamPeople(group.getTeamId()).stream().noneMatch(p -> p.id() == ownerId)) {
            throw new MeetingRefusedException("Choose the action's owner from the INT's people.");
        }
        if (dueOn == null) {
            throw new MeetingRefusedException("Choose the date the action is due.");
        }
        if (priorityId != null && priorities.prioritiesOfTeam(group.getTeamId()).stream()
                .noneMatch(p -> p.id() == priorityId)) {
            throw new MeetingRefusedException("Choose one of the INT's work plan priorities.");
        }
        AccessProfile me = currentUser.require();
        long id = actions.save(new MeetingAction(group.getId(), meetingId, itemId, text, ownerId, dueOn, priorityId,
                me.personId(), clock.instant())).getId();
        timeline.append(record(meetingId), Credit.person(me), "ACTION_ADDED", "Action for "
                + directory.personName(ownerId), text + " Due " + org.neighbourhoodportal.ui.Formats.day(dueOn) + ".",
                Visibility.EVERYONE);
        return id;
    }

    /**
     * The action's owner or the INT's leads mark it done.
     *
     * @throws NotAllowedException unless the caller owns the action or leads the group's INT
     */
    public void actionDone(long actionId) {
        AccessProfile me = currentUser.require();
        MeetingAction action = actions.findById(actionId)
                .orElseThrow(() -> new NotAllowedException("That action does not exist, or you do not have access "
                        + "to it."));
        LeadershipGroup group = group(action.getGroupId());
        policy.requireRead(me, group);
        if (!me.leads(group.getTeamId()) && action.getOwnerId() != me.personId()) {
            throw new NotAllowedException("Only the action's owner or the INT's leads can mark it done.");
        }
        if (action.getDoneAt() == null) {
            action.done(clock.instant());
            timeline.append(record(action.getMeetingId()), Credit.person(me), "ACTION_DONE", "Action done",
                    action.getDescription(), Visibility.EVERYONE);
        }
    }

    // ----------------------------------------------------------------

    /** Seat holders of a confirmed group: person id to the seats they hold. */
    private Map<Long, List<String>> holders(long groupId) {
        Map<Long, String> seatNames = seats.findByGroupIdOrderByPositionAsc(groupId).stream()
                .collect(Collectors.toMap(LeadershipSeat::getId, LeadershipSeat::getName));
        Map<Long, List<String>> holders = new LinkedHashMap<>();
        nominations.findByGroupIdOrderByIdAsc(groupId).stream().filter(n -> Boolean.TRUE.equals(n.getAppointed()))
                .forEach(n -> holders.computeIfAbsent(n.getNomineeId(), k -> new ArrayList<>())
                        .add(seatNames.get(n.getSeatId())));
        return holders;
    }

    private Checker checker(LeadershipGroup group, List<Meeting> forMeetings) {
        return new Checker(group, forMeetings);
    }

    /** Reads what checking a set of meetings' decisions needs in a fixed number of statements, then checks each. */
    private final class Checker {

        private final Map<Long, List<String>> holders;
        private final Map<Long, Long> holderOrganisations = new HashMap<>();
        private final Map<Long, OrganisationSummary> organisations = new LinkedHashMap<>();
        private final Map<Long, String> names;
        private final Map<Long, String> personOrganisation = new HashMap<>();
        private final Map<Long, MeetingItem> itemsById;
        private final List<MeetingAttendance> attended;
        private final List<MeetingDeclaration> declared;
        private final List<MeetingDecision> taken;
        private final List<QuorumCheck.Rules> rules;
        private final Map<Long, Meeting> meetingsById;

        Checker(LeadershipGroup group, List<Meeting> forMeetings) {
            this.meetingsById = forMeetings.stream().collect(Collectors.toMap(Meeting::getId, m -> m));
            this.holders = holders(group.getId());
            nominations.findByGroupIdOrderByIdAsc(group.getId()).stream()
                    .filter(n -> Boolean.TRUE.equals(n.getAppointed()))
                    .forEach(n -> holderOrganisations.put(n.getNomineeId(), n.getOrganisationId()));
            directory.memberOrganisations(group.getTeamId()).forEach(o -> organisations.put(o.id(), o));
            Set<Long> ids = forMeetings.stream().map(Meeting::getId).collect(Collectors.toSet());
            this.itemsById = ids.isEmpty() ? Map.of() : items.findByMeetingIdIn(ids).stream()
                    .collect(Collectors.toMap(MeetingItem::getId, i -> i));
            this.attended = ids.isEmpty() ? List.of() : attendance.findByMeetingIdIn(ids);
            this.declared = ids.isEmpty() ? List.of() : declarations.findByMeetingIdIn(ids);
            this.taken = ids.isEmpty() ? List.of() : decisions.findByMeetingIdIn(ids);
            Set<Long> people = new HashSet<>(holders.keySet());
            attended.forEach(a -> people.add(a.getPersonId()));
            declared.forEach(d -> people.add(d.getPersonId()));
            this.names = people.isEmpty() ? Map.of() : directory.personNames(people);
            directory.teamPeople(group.getTeamId()).forEach(p -> {
                if (p.organisation() != null) {
                    personOrganisation.put(p.id(), p.organisation());
                }
            });
            List<Agreement> tors = agreements.findByTeamIdInOrderByCreatedAtDesc(List.of(group.getTeamId()));
            Map<Long, Agreement> torById = tors.stream().collect(Collectors.toMap(Agreement::getId, a -> a));
            this.rules = tors.isEmpty() ? List.of() : inForce.findByAgreementIdIn(torById.keySet()).stream()
                    .map(f -> {
                        AgreementVersion v = versions.findByAgreementIdAndNumber(f.getAgreementId(),
                                f.getVersionNumber()).orElseThrow();
                        return new QuorumCheck.Rules(f.getAgreementId(), torById.get(f.getAgreementId()).getTitle(),
                                f.getVersionNumber(), f.getInForceFrom(), v.getQuorumMembers(),
                                LeadershipGroupService.lines(v.getQuorumSeats()), v.getConflictsRule());
                    }).toList();
        }

        /**
         * What a later meeting decided about this flagged decision: the earliest ratification or rejection that was
         * itself neither flagged (quorate under the ToR in force that day, no conflict); empty while there is none.
         */
        MeetingDetails.Settlement settlement(MeetingDecision decision) {
            return taken.stream().filter(r -> Objects.equals(r.getRatifiesId(), decision.getId()))
                    .filter(r -> meetingsById.containsKey(r.getMeetingId()))
                    .filter(r -> !check(meetingsById.get(r.getMeetingId()), r).flagged())
                    .min(Comparator.comparing((MeetingDecision r) -> meetingsById.get(r.getMeetingId()).getStartsAt())
                            .thenComparing(MeetingDecision::getId))
                    .map(r -> new MeetingDetails.Settlement(r.getRatification(),
                            ref(meetingsById.get(r.getMeetingId())), r.getId()))
                    .orElse(null);
        }

        /** For a ratification: the earlier decision it ratifies or rejects; null for an ordinary decision. */
        MeetingDetails.RatifiesView ratifies(MeetingDecision decision) {
            if (decision.getRatifiesId() == null) {
                return null;
            }
            return taken.stream().filter(d -> d.getId().equals(decision.getRatifiesId()))
                    .filter(d -> meetingsById.containsKey(d.getMeetingId())).findFirst()
                    .map(d -> new MeetingDetails.RatifiesView(d.getId(), d.getDecision(),
                            ref(meetingsById.get(d.getMeetingId())), decision.getRatification()))
                    .orElse(null);
        }

        /**
         * Flagged decisions of earlier meetings, not yet settled by a later one, that this meeting could ratify or
         * reject: oldest first.
         */
        List<MeetingDetails.FlaggedDecision> awaitingRatification(Meeting at) {
            return taken.stream().filter(d -> d.getRatifiesId() == null)
                    .filter(d -> meetingsById.containsKey(d.getMeetingId()))
                    .filter(d -> meetingsById.get(d.getMeetingId()).getStartsAt().isBefore(at.getStartsAt()))
                    .filter(d -> check(meetingsById.get(d.getMeetingId()), d).flagged() && settlement(d) == null)
                    .sorted(Comparator.comparing((MeetingDecision d) -> meetingsById.get(d.getMeetingId())
                            .getStartsAt()).thenComparing(MeetingDecision::getId))
                    .map(d -> new MeetingDetails.FlaggedDecision(d.getId(), d.getDecision(),
                            ref(meetingsById.get(d.getMeetingId()))))
                    .toList();
        }

        Optional<QuorumCheck.Rules> rulesOn(LocalDate day) {
            return QuorumCheck.inForceOn(day, rules);
        }

        List<MeetingDecision> decisions(long meetingId) {
            return taken.stream().filter(d -> d.getMeetingId() == meetingId)
                    .sorted(Comparator.comparing((MeetingDecision d) -> item(d.getItemId()).getPosition())
                            .thenComparing(MeetingDecision::getId)).toList();
        }

        List<MeetingItem> itemsOf(long meetingId) {
            return itemsById.values().stream().filter(i -> i.getMeetingId() == meetingId)
                    .sorted(Comparator.comparing(MeetingItem::getPosition)).toList();
        }

        List<MeetingDeclaration> declarationsOf(long meetingId) {
            return declared.stream().filter(d -> d.getMeetingId() == meetingId).toList();
        }

        MeetingItem item(long itemId) {
            return itemsById.get(itemId);
        }

        List<MeetingDetails.AttendanceView> attendanceOf(long meetingId) {
            Map<Long, AttendanceStatus> recorded = attended.stream().filter(a -> a.getMeetingId() == meetingId)
                    .collect(Collectors.toMap(MeetingAttendance::getPersonId, MeetingAttendance::getStatus));
            List<MeetingDetails.AttendanceView> rows = new ArrayList<>();
            holders.forEach((person, held) -> rows.add(new MeetingDetails.AttendanceView(person, names.get(person),
                    organisationOf(person), held, recorded.get(person))));
            recorded.forEach((person, status) -> {
                if (!holders.containsKey(person)) {
                    rows.add(new MeetingDetails.AttendanceView(person, names.get(person), organisationOf(person),
                            List.of(), status));
                }
            });
            return rows;
        }

        private String organisationOf(long person) {
            Long id = holderOrganisations.get(person);
            if (id != null && organisations.containsKey(id)) {
                return organisations.get(id).name();
            }
            return personOrganisation.get(person);
        }

        private Long organisationIdOf(long person) {
            Long id = holderOrganisations.get(person);
            if (id != null) {
                return id;
            }
            String name = personOrganisation.get(person);
            return organisations.values().stream().filter(o -> o.name().equals(name)).map(OrganisationSummary::id)
                    .findFirst().orElse(null);
        }

        QuorumCheck.Outcome check(Meeting meeting, MeetingDecision decision) {
            return checkItem(meeting, decision.getItemId());
        }

        QuorumCheck.Outcome checkItem(Meeting meeting, long itemId) {
            MeetingItem item = item(itemId);
            List<QuorumCheck.Present> present = attended.stream()
                    .filter(a -> a.getMeetingId() == meeting.getId() && a.getStatus() == AttendanceStatus.PRESENT)
                    .map(a -> new QuorumCheck.Present(a.getPersonId(), names.get(a.getPersonId()),
                            organisationIdOf(a.getPersonId()), organisationOf(a.getPersonId()),
                            holders.getOrDefault(a.getPersonId(), List.of())))
                    .toList();
            List<QuorumCheck.Declared> onItem = declared.stream().filter(d -> d.getItemId() == itemId)
                    .map(d -> new QuorumCheck.Declared(d.getPersonId(), d.getAction())).toList();
            Long about = item.getAboutOrganisationId();
            return QuorumCheck.check(day(meeting), rulesOn(day(meeting)), present, onItem, about,
                    about == null ? null : Optional.ofNullable(organisations.get(about))
                            .map(OrganisationSummary::name).orElse("an organisation that has left"));
        }
    }

    private LocalDate day(Meeting meeting) {
        return meeting.getStartsAt().atZone(clock.getZone()).toLocalDate();
    }

    private boolean held(Meeting meeting) {
        return !meeting.getStartsAt().isAfter(clock.instant());
    }

    private MeetingDetails.MeetingRef ref(Meeting m) {
        return new MeetingDetails.MeetingRef(m.getId(), m.getTitle(), m.getStartsAt());
    }

    private static String method(MeetingDecision d) {
        return d.getMethod().label() + (d.getVotes() == null ? "" : " (" + d.getVotes() + ")");
    }

    private Meeting asLead(long meetingId) {
        AccessProfile me = currentUser.require();
        Meeting meeting = meeting(meetingId);
        policy.requireLead(me, group(meeting.getGroupId()));
        return meeting;
    }

    private MeetingItem itemOf(Meeting meeting, long itemId) {
        return items.findById(itemId).filter(i -> i.getMeetingId() == meeting.getId())
                .orElseThrow(() -> new MeetingRefusedException("That agenda item is not on this meeting's agenda."));
    }

    private Meeting meeting(long meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new NotAllowedException(MEETING_NOT_FOUND));
    }

    private LeadershipGroup group(long groupId) {
        return groups.findById(groupId).orElseThrow(() -> new NotAllowedException(GovernancePolicy.GROUP_NOT_FOUND));
    }

    private static String required(String text, String what, int limit) {
        if (text == null || text.isBlank()) {
            throw new MeetingRefusedException("Enter " + what + ".");
        }
        return limit(text.strip(), capitalise(what), limit);
    }

    private static String optional(String text, String what, int limit) {
        return text == null || text.isBlank() ? null : limit(text.strip(), what, limit);
    }

    private static String limit(String text, String what, int limit) {
        if (text.length() > limit) {
            throw new MeetingRefusedException(what + " is " + text.length() + " characters; the limit is " + limit
                    + ". Please shorten it by " + (text.length() - limit) + ".");
        }
        return text;
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, Math.max(0, length - 1)) + "…";
    }

    private static String capitalise(String what) {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
