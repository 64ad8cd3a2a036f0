package org.neighbourhoodportal.rounds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.notifications.Audience;
import org.neighbourhoodportal.notifications.Notice;
import org.neighbourhoodportal.notifications.NotificationKind;
import org.neighbourhoodportal.processes.ResponseRound;
import org.neighbourhoodportal.rounds.domain.Round;
import org.neighbourhoodportal.rounds.domain.RoundParty;
import org.neighbourhoodportal.rounds.domain.RoundPartyRepository;
import org.neighbourhoodportal.rounds.domain.RoundRepository;
import org.neighbourhoodportal.rounds.process.RoundMessages;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.workflow.ProcessService;
import org.neighbourhoodportal.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rounds of answers: a feature asks each of several organisations or PPGs for something by a date. This service
 * opens a round (the feature then starts its process with {@link OpenedRound#processVariables()}), shows who was
 * asked, who answered and who is late, and carries out the lead's three actions: chase one party, extend the
 * deadline (everyone is told), close early with a reason. Answers arrive through the task inbox (the round's
 * process handler, package {@code rounds.process}). Every method checks the signed-in person through
 * {@link RoundPolicy} and throws {@link NotAllowedException} when they may not.
 */
@Service
@Transactional
public class RoundService {

    public static final int REASON_LENGTH = Round.REASON_LENGTH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final RoundRepository rounds;
    private final RoundPartyRepository parties;
    private final RoundPolicy policy;
    private final RoundMessages messages;
    private final DirectoryService directory;
    private final ProcessService processes;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher published;
    private final Clock clock;
    private final Duration remindBefore;

    RoundService(RoundRepository rounds, RoundPartyRepository parties, RoundPolicy policy, RoundMessages messages,
                 DirectoryService directory, ProcessService processes, CurrentUser currentUser, ApplicationEventPublisher published, Clock clock,
                 @Value("${portal.rounds.remind-before:P3D}") Duration remindBefore) {
        this.rounds = rounds;
        this.parties = parties;
        this.policy = policy;
        this.messages = messages;
        this.directory = directory;
        this.processes = processes;
        this.currentUser = currentUser;
        this.published = published;
        this.clock = clock;
        this.remindBefore = remindBefore;
    }

    /**
     * Opens a round: saves it and a row per party, tells the parties ("round opened"), and returns the variables the
     * calling process hands to the shared round model. Call it in the transaction that starts the feature's process.
     *
     * @return the round's id and the process variables ({@link ResponseRound#INPUTS})
     * @throws NotAllowedException      unless the caller is in the spec's lead group
     * @throws IllegalArgumentException when the closing time is not in the future, or the record has a round of
     *                                  this kind already
     */
    public OpenedRound open(RoundSpec spec) {
        AccessProfile me = currentUser.require();
        policy.requireMayOpen(me, spec.leadGroup());
        Instant now = clock.instant();
        if (!spec.closesAt().isAfter(now)) {
            throw new IllegalArgumentException("Choose a closing date after today.");
        }
        if (rounds.findByKindAndRecordId(spec.kind(), spec.recordId()).isPresent()) {
            throw new IllegalArgumentException("This record has a round of answers already.");
        }
        Round round = rounds.save(new Round(spec, remindAt(now, spec.closesAt()), me.personId(), now));
        spec.parties().forEach(p -> parties.save(new RoundParty(round.getId(), p)));
        List<String> groups = spec.parties().stream().map(Party::group).toList();
        published.publishEvent(new Notice(NotificationKind.ROUND_OPENED, "round:" + round.getId() + ":opened",
                Audience.groups(groups), "You are asked to answer by " + day(spec.closesAt()) + ": " + spec.subject(),
                spec.whatToDo() + " Please answer by " + day(spec.closesAt()) + ".", spec.route()));
        published.publishEvent(new RoundOpened(round.getId(), spec.kind(), spec.recordId(), groups.size(),
                spec.closesAt(), me.personId(), now));

        Map<String, Object> variables = new HashMap<>();
        variables.put(ResponseRound.VAR_ROUND_ID, round.getId());
        variables.put(ResponseRound.VAR_ROUND_KEY, round.getId().toString());
        variables.put(ResponseRound.VAR_PARTY_GROUPS, new ArrayList<>(groups));
        variables.put(ResponseRound.VAR_CLOSES_AT, Date.from(round.getClosesAt()));
        variables.put(ResponseRound.VAR_REMIND_AT, Date.from(round.getRemindAt()));
        variables.put(ResponseRound.VAR_ANSWER_FORM, spec.answerForm());
        variables.put(ResponseRound.VAR_ANSWER_TASK_NAME, spec.answerTaskName());
        return new OpenedRound(round.getId(), variables);
    }

    /**
     * The round a feature opened for one of its records, as the caller may see it: empty when there is none or the
     * caller may not read it (the record's page then shows no panel).
     *
     * @throws NotAllowedException when nobody is signed in
     */
    @Transactional(readOnly = true)
    public Optional<RoundView> roundFor(String kind, long recordId) {
        AccessProfile me = currentUser.require();
        return rounds.findByKindAndRecordId(kind, recordId).flatMap(round -> {
            List<RoundParty> asked = parties.findByRoundIdOrderByPartyNameAscIdAsc(round.getId());
            return policy.mayRead(me, round, groups(asked)) ? Optional.of(view(me, round, asked)) : Optional.empty();
        });
    }

    /**
     * One round: who was asked, who answered when (names in one query), who is late.
     *
     * @throws NotAllowedException "does not exist, or no access" unless the caller is a lead of the round or in one
     *                             of the groups asked
     */
    @Transactional(readOnly = true)
    public RoundView round(long roundId) {
        AccessProfile me = currentUser.require();
        Round round = load(roundId);
        List<RoundParty> asked = parties.findByRoundIdOrderByPartyNameAscIdAsc(roundId);
        policy.requireRead(me, round, groups(asked));
        return view(me, round, asked);
    }

    /**
     * The steps the round waits on, e.g. "Give your view on the proposal"; empty once closed. Same access as
     * {@link #round(long)}.
     */
    @Transactional(readOnly = true)
    public List<String> waitingOn(long roundId) {
        AccessProfile me = currentUser.require();
        Round round = load(roundId);
        policy.requireRead(me, round, groups(parties.findByRoundIdOrderByPartyNameAscIdAsc(roundId)));
        return processes.waitingOn(ResponseRound.KEY, Long.toString(roundId));
    }

    /**
     * The record a round's task is about, when the task is a party's task in a round of this kind that the caller
     * may read (for the feature's panel beside the task).
     *
     * @return the feature's record id, or empty when the task is not one of this kind's round tasks
     * @throws NotAllowedException when nobody is signed in
     */
    @Transactional(readOnly = true)
    public Optional<Long> recordOf(String kind, WorkItem task) {
        AccessProfile me = currentUser.require();
        if (!ResponseRound.KEY.equals(task.processKey())) {
            return Optional.empty();
        }
        return rounds.findById(Long.parseLong(task.businessKey())).filter(r -> r.getKind().equals(kind))
                .filter(r -> policy.mayRead(me, r, groups(parties.findByRoundIdOrderByPartyNameAscIdAsc(r.getId()))))
                .map(Round::getRecordId);
    }

    /**
     * The lead chases one party that has not answered (by its row, {@link RoundView.PartyRow#id()}): its people are told, and its task goes to the top of their
     * inbox.
     *
     * @throws NotAllowedException      unless the caller is one of the round's leads
     * @throws RoundClosedException     when the round is closed or the party has answered (message for the person)
     */
    public void chase(long roundId, long partyRowId) {
        AccessProfile me = currentUser.require();
        Round round = load(roundId);
        List<RoundParty> asked = parties.findByRoundIdOrderByPartyNameAscIdAsc(roundId);
        policy.requireManage(me, round, groups(asked));
        requireOpen(round);
        RoundParty party = asked.stream().filter(p -> Objects.equals(p.getId(), partyRowId)).findFirst()
                .orElseThrow(() -> new NotAllowedException(RoundPolicy.NOT_FOUND));
        if (party.getState() != PartyState.ASKED) {
            throw new RoundClosedException(party.getPartyName() + " has answered already.");
        }
        Instant now = clock.instant();
        party.chased(now);
        messages.chase(roundId, party.getTaskGroup());
        published.publishEvent(new Notice(NotificationKind.ROUND_CHASED,
                "round:" + roundId + ":chase:" + party.getId() + ":" + party.getChases(),
                Audience.group(party.getTaskGroup()), "Reminder: please answer by " + day(round.getClosesAt()) + ": "
                + round.getSubject(), "The lead is still waiting for " + party.getPartyName() + "'s answer. Please "
                + "open the task and answer by " + day(round.getClosesAt()) + ".", round.getRoute()));
        published.publishEvent(new RoundChased(roundId, round.getKind(), round.getRecordId(), party.getPartyName(),
                me.personId(), now));
    }

    /**
     * The lead moves the deadline to the end of a later day. Tasks stay as they are (what people have open is kept);
     * their due date, the deadline and the "closing soon" reminder move. Everyone asked and the leads are told.
     *
     * @throws NotAllowedException      unless the caller is one of the round's leads
     * @throws IllegalArgumentException when the day is not after the current deadline and after today
     * @throws RoundClosedException     when the round is closed
     */
    public void extend(long roundId, LocalDate newLastDay) {
        AccessProfile me = currentUser.require();
        Round round = load(roundId);
        List<RoundParty> asked = parties.findByRoundIdOrderByPartyNameAscIdAsc(roundId);
        policy.requireManage(me, round, groups(asked));
        requireOpen(round);
        Instant now = clock.instant();
        Instant newClosesAt = PortalTime.endOf(Objects.requireNonNull(newLastDay, "newLastDay"), clock);
        if (!newClosesAt.isAfter(round.getClosesAt()) || !newLastDay.isAfter(PortalTime.today(clock))) {
            throw new IllegalArgumentException("Choose a day after the current deadline, " + day(round.getClosesAt())
                    + ".");
        }
        Instant from = round.getClosesAt();
        round.extend(newClosesAt, remindAt(now, newClosesAt));
        messages.extend(roundId, Date.from(round.getClosesAt()), Date.from(round.getRemindAt()));
        published.publishEvent(new Notice(NotificationKind.ROUND_CHANGED,
                "round:" + roundId + ":extended:" + round.getExtensions(), everyone(round, asked),
                "More time to answer, until " + day(newClosesAt) + ": " + round.getSubject(),
                "The deadline has moved from " + day(from) + " to " + day(newClosesAt) + ".", round.getRoute()));
        published.publishEvent(new RoundExtended(roundId, round.getKind(), round.getRecordId(), from, newClosesAt,
                me.personId(), now));
    }

    /**
     * The lead closes the round before its deadline, with a reason everyone asked is told. Parties that have not
     * answered are marked closed (not late), their tasks end, and the feature's process carries on.
     *
     * @throws NotAllowedException      unless the caller is one of the round's leads
     * @throws IllegalArgumentException when the reason is empty or longer than {@value #REASON_LENGTH} characters
     * @throws RoundClosedException     when the round is closed already
     */
    public void closeEarly(long roundId, String reason) {
        close(roundId, reason, true);
    }

    /**
     * Ends an open round because the record it asks about was withdrawn: the round is closed with the reason, and
     * nobody is told here (the feature that ended the record tells everyone once, and ends the process the round runs
     * in, which ends the round's tasks with it).
     *
     * @return the work groups of the parties that had not answered yet (to be told by the caller)
     * @throws NotAllowedException      unless the caller is one of the round's leads
     * @throws RoundClosedException     when it is closed already
     * @throws IllegalArgumentException when the reason is empty or too long
     */
    public List<String> endWithItsRecord(long roundId, String reason) {
        return close(roundId, reason, false);
    }

    private List<String> close(long roundId, String reason, boolean tell) {
        AccessProfile me = currentUser.require();
        Round round = load(roundId);
        List<RoundParty> asked = parties.findByRoundIdOrderByPartyNameAscIdAsc(roundId);
        policy.requireManage(me, round, groups(asked));
        requireOpen(round);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new IllegalArgumentException("Say why you are closing the round early; everyone asked is told.");
        }
        if (why.length() > REASON_LENGTH) {
            throw new IllegalArgumentException("The reason must be " + REASON_LENGTH + " characters or fewer.");
        }
        Instant now = clock.instant();
        round.close(now, me.personId(), why);
        int outstanding = 0;
        List<String> waiting = new ArrayList<>();
        for (RoundParty party : asked) {
            if (party.getState() == PartyState.ASKED) {
                outstanding++;
                waiting.add(party.getTaskGroup());
            }
            party.roundEnded(PartyState.CLOSED);
        }
        rounds.flush();
        if (tell) {
            messages.closeEarly(roundId);
            published.publishEvent(new Notice(NotificationKind.ROUND_CHANGED, "round:" + roundId + ":closed",
                    everyone(round, asked), "Closed early, no more answers are taken: " + round.getSubject(),
                    "The lead closed the round on " + day(now) + ": " + why, round.getRoute()));
        }
        published.publishEvent(new RoundClosed(roundId, round.getKind(), round.getRecordId(), true, why,
                me.personId(), outstanding, !tell, now));
        return waiting;
    }

    // ----------------------------------------------------------------

    /** "Closing soon" goes out {@code portal.rounds.remind-before} before the deadline, or halfway if that is sooner. */
    private Instant remindAt(Instant now, Instant closesAt) {
        Instant before = closesAt.minus(remindBefore);
        Instant halfway = now.plus(Duration.between(now, closesAt).dividedBy(2));
        return before.isAfter(halfway) ? before : halfway;
    }

    private RoundView view(AccessProfile me, Round round, List<RoundParty> asked) {
        Set<Long> people = new HashSet<>();
        asked.stream().map(RoundParty::getAnsweredBy).filter(Objects::nonNull).forEach(people::add);
        if (round.getClosedBy() != null) {
            people.add(round.getClosedBy());
        }
        Map<Long, String> names = people.isEmpty() ? Map.of() : directory.personNames(people);
        List<RoundView.PartyRow> rows = asked.stream().map(p -> new RoundView.PartyRow(p.getId(), p.getPartyId(), p.getPartyType(),
                p.getPartyName(), p.getState(), p.getAnsweredBy() == null ? null : names.get(p.getAnsweredBy()),
                p.getAnsweredAt(), p.getChasedAt(), p.getChases())).toList();
        return new RoundView(round.getId(), round.getKind(), round.getRecordId(), round.getSubject(),
                round.getStatus(), round.getClosesAt(), round.getOpenedAt(), round.getExtensions(),
                round.getClosedAt(), round.getClosedBy() == null ? null : names.get(round.getClosedBy()),
                round.getCloseReason(), rows, round.isOpen() && policy.mayManage(me, round));
    }

    private static Audience everyone(Round round, List<RoundParty> asked) {
        List<String> groups = new ArrayList<>(groups(asked));
        groups.add(round.getLeadGroup());
        return Audience.groups(groups);
    }

    private static List<String> groups(List<RoundParty> asked) {
        return asked.stream().map(RoundParty::getTaskGroup).toList();
    }

    private void requireOpen(Round round) {
        if (!round.isOpen()) {
            throw new RoundClosedException("This round closed on " + day(round.getClosedAt()) + ".");
        }
    }

    private String day(Instant at) {
        return at == null ? "" : DAY.format(at.atZone(clock.getZone()));
    }

    private Round load(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new NotAllowedException(RoundPolicy.NOT_FOUND));
    }
}
