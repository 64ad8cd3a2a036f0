package org.neighbourhoodportal.rounds.process;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.notifications.Audience;
import org.neighbourhoodportal.notifications.Notice;
import org.neighbourhoodportal.notifications.NotificationKind;
import org.neighbourhoodportal.rounds.PartyState;
import org.neighbourhoodportal.rounds.RoundAnswer;
import org.neighbourhoodportal.rounds.RoundAnswered;
import org.neighbourhoodportal.rounds.RoundAnswers;
import org.neighbourhoodportal.rounds.RoundClosed;
import org.neighbourhoodportal.rounds.RoundClosedException;
import org.neighbourhoodportal.rounds.RoundPolicy;
import org.neighbourhoodportal.rounds.domain.Round;
import org.neighbourhoodportal.rounds.domain.RoundParty;
import org.neighbourhoodportal.rounds.domain.RoundPartyRepository;
import org.neighbourhoodportal.rounds.domain.RoundRepository;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.timeline.TimelineRecord;
import org.neighbourhoodportal.workflow.RecordReference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each step of a round records. Package-private: only this package's handler (a party's answer, as the
 * signed-in person) and delegates (the engine's steps) call it.
 */
@Component
@Transactional
class RoundSteps {

    static final String EVERYONE_ANSWERED = "Everyone answered.";
    static final String DEADLINE_PASSED = "The deadline passed.";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final RoundRepository rounds;
    private final RoundPartyRepository parties;
    private final RoundPolicy policy;
    private final CurrentUser currentUser;
    private final Map<String, RoundAnswers> answers;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    RoundSteps(RoundRepository rounds, RoundPartyRepository parties, RoundPolicy policy, CurrentUser currentUser,
               List<RoundAnswers> answers, ApplicationEventPublisher published, Clock clock) {
        this.rounds = rounds;
        this.parties = parties;
        this.policy = policy;
        this.currentUser = currentUser;
        this.answers = answers.stream().collect(Collectors.toMap(RoundAnswers::kind, Function.identity()));
        this.published = published;
        this.clock = clock;
    }

    /** Subjects and routes of the rounds the signed-in person may read (for the inbox); the others are left out. */
    @Transactional(readOnly = true)
    Map<String, RecordReference> describe(Collection<String> roundKeys) {
        AccessProfile me = currentUser.require();
        List<Round> found = rounds.findByIdIn(roundKeys.stream().map(Long::valueOf).toList());
        Map<Long, List<String>> groups = found.isEmpty() ? Map.of()
                : parties.findByRoundIdIn(found.stream().map(Round::getId).toList()).stream().collect(
                        Collectors.groupingBy(RoundParty::getRoundId,
                                Collectors.mapping(RoundParty::getTaskGroup, Collectors.toList())));
        return found.stream().filter(r -> policy.mayRead(me, r, groups.getOrDefault(r.getId(), List.of())))
                .collect(Collectors.toMap(r -> r.getId().toString(),
                        r -> new RecordReference(r.getSubject(), r.getRoute())));
    }

    /** The record the round asks about, on the timeline (as the feature's {@link RoundAnswers} names it). */
    @Transactional(readOnly = true)
    TimelineRecord timelineRecord(long roundId) {
        Round round = load(roundId);
        return answersFor(round).timelineRecord(round.getRecordId());
    }

    /** The feature's record id and kind's answer bean, for a task's form options. */
    @Transactional(readOnly = true)
    Map<String, List<org.neighbourhoodportal.forms.Option>> formOptions(long roundId) {
        Round round = load(roundId);
        return answersFor(round).formOptions(round.getRecordId());
    }

    /**
     * A party answered: the round records who and when, and the feature saves what. Refused, with a message for the
     * person, when the round has closed or its deadline has passed (even if the engine has not yet ended the task).
     */
    void answered(long roundId, Collection<String> taskGroups, Map<String, Object> values) {
        AccessProfile me = currentUser.require();
        Round round = load(roundId);
        List<RoundParty> asked = parties.findByRoundIdOrderByPartyNameAscIdAsc(roundId);
        RoundParty party = asked.stream()
                .filter(p -> taskGroups.contains(p.getTaskGroup()) && me.workGroups().contains(p.getTaskGroup()))
                .findFirst().orElseThrow(() -> new NotAllowedException(
                        "This task was not offered to anyone you answer for."));
        Instant now = clock.instant();
        if (!round.isOpen()) {
            throw new RoundClosedException("This round closed on " + when(round.getClosedAt())
                    + (round.getCloseReason() == null ? "" : " (" + round.getCloseReason() + ")")
                    + ", so your answer was not saved.");
        }
        if (now.isAfter(round.getClosesAt())) {
            throw new RoundClosedException("The deadline for answers was " + when(round.getClosesAt())
                    + ", so your answer was not saved. If you still want to answer, ask the lead to extend it.");
        }
        if (party.getState() != PartyState.ANSWERED) {
            party.answered(me.personId(), now);
        } else {
            throw new RoundClosedException(party.getPartyName() + " has answered already.");
        }
        RoundAnswers feature = answersFor(round);
        RoundAnswer answer = new RoundAnswer(roundId, round.getRecordId(), party.getPartyType(), party.getPartyId(),
                me.personId(), now);
        feature.answered(answer, values);
        published.publishEvent(new RoundAnswered(roundId, round.getKind(), round.getRecordId(),
                party.getPartyName(), me.personId(), feature.inWords(answer, values), now));
    }

    /** "Closing soon" to every party that has not answered. Safe to run twice (one notice per deadline). */
    void remindOutstanding(long roundId) {
        currentUser.requireEngine();
        Round round = load(roundId);
        List<String> outstanding = parties.findByRoundIdOrderByPartyNameAscIdAsc(roundId).stream()
                .filter(p -> p.getState() == PartyState.ASKED).map(RoundParty::getTaskGroup).toList();
        if (!round.isOpen() || outstanding.isEmpty()) {
            return;
        }
        published.publishEvent(new Notice(NotificationKind.ROUND_CLOSING,
                "round:" + roundId + ":closing:" + round.getExtensions(), Audience.groups(outstanding),
                "Closing soon, on " + when(round.getClosesAt()) + ": " + round.getSubject(),
                "Your answer has not reached us yet. Please open the task and answer by "
                        + when(round.getClosesAt()) + ".", round.getRoute()));
    }

    /**
     * The round's process has ended its tasks: everyone answered, or the deadline passed (those who had not answered
     * are late). A round the lead closed early is recorded already. Safe to run twice.
     */
    void closed(long roundId) {
        currentUser.requireEngine();
        Round round = load(roundId);
        if (!round.isOpen()) {
            return;
        }
        Instant now = clock.instant();
        List<RoundParty> asked = parties.findByRoundIdOrderByPartyNameAscIdAsc(roundId);
        int late = (int) asked.stream().filter(p -> p.getState() == PartyState.ASKED).count();
        String reason = late == 0 ? EVERYONE_ANSWERED : DEADLINE_PASSED;
        asked.forEach(p -> p.roundEnded(PartyState.LATE));
        round.close(now, null, reason);
        published.publishEvent(new RoundClosed(roundId, round.getKind(), round.getRecordId(), false, reason, null,
                late, false, now));
    }

    private RoundAnswers answersFor(Round round) {
        RoundAnswers found = answers.get(round.getKind());
        if (found == null) {
            throw new IllegalStateException("No feature saves answers of rounds of kind " + round.getKind());
        }
        return found;
    }

    private String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(clock.getZone()));
    }

    private Round load(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new NotAllowedException(RoundPolicy.NOT_FOUND));
    }
}
