package org.neighbourhoodportal.rounds;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.rounds.domain.RoundParty;
import org.neighbourhoodportal.rounds.domain.RoundPartyRepository;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.TimelineRecord;
import org.neighbourhoodportal.timeline.Visibility;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every step of a round onto the timeline of the record it asks about, in the transaction of the step
 * (Spring calls these listeners as the event is published), credited to the lead or party who acted, or to the
 * round's own closing step. The feature says which record that is, and what an answer was in words, through its
 * {@link RoundAnswers}; so a feature that asks in rounds writes none of these lines itself.
 *
 * <p>Who sees what: opening, a new deadline and closing are for everyone who may read the record (the parties are
 * told of them anyway); an answer and a chase are the record's own team's (one PPG does not learn another's view, or
 * that another was chased, from the timeline). A round ended because its record was withdrawn gets no line of its own:
 * the record's "Withdrawn" line says it.
 */
@Component
class RoundTimeline {

    /** The round's own step that ends it at its deadline or when everyone has answered. */
    static final String CLOSING_STEP = "Closing the round of answers";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Timeline timeline;
    private final RoundPartyRepository parties;
    private final CurrentUser currentUser;
    private final DirectoryService directory;
    private final Map<String, RoundAnswers> answers;
    private final Clock clock;

    RoundTimeline(Timeline timeline, RoundPartyRepository parties, CurrentUser currentUser,
                  DirectoryService directory, List<RoundAnswers> answers, Clock clock) {
        this.timeline = timeline;
        this.parties = parties;
        this.currentUser = currentUser;
        this.directory = directory;
        this.answers = answers.stream().collect(Collectors.toMap(RoundAnswers::kind, Function.identity()));
        this.clock = clock;
    }

    @EventListener
    void opened(RoundOpened opened) {
        String asked = parties.findByRoundIdOrderByPartyNameAscIdAsc(opened.roundId()).stream()
                .map(RoundParty::getPartyName).collect(Collectors.joining(", "));
        timeline.append(record(opened.kind(), opened.recordId()), person(opened.byPersonId()), "ROUND_OPENED",
                "Answers asked for by " + day(opened.closesAt()), "Asked: " + asked, Visibility.EVERYONE);
    }

    @EventListener
    void answered(RoundAnswered answered) {
        timeline.append(record(answered.kind(), answered.recordId()), person(answered.byPersonId()),
                "ROUND_ANSWERED", answered.partyName() + " answered", answered.inWords(), Visibility.INTERNAL);
    }

    @EventListener
    void chased(RoundChased chased) {
        timeline.append(record(chased.kind(), chased.recordId()), person(chased.byPersonId()), "ROUND_CHASED",
                chased.partyName() + " reminded to answer", null, Visibility.INTERNAL);
    }

    @EventListener
    void extended(RoundExtended extended) {
        timeline.append(record(extended.kind(), extended.recordId()), person(extended.byPersonId()),
                "ROUND_EXTENDED", "Deadline for answers moved to " + day(extended.to()),
                "It was " + day(extended.from()) + ".", Visibility.EVERYONE);
    }

    @EventListener
    void closed(RoundClosed closed) {
        if (closed.withItsRecord()) {
            return; // the feature's own line ("Withdrawn", with the reason) says it, once
        }
        TimelineRecord record = record(closed.kind(), closed.recordId());
        if (closed.early()) {
            timeline.append(record, person(closed.byPersonId()), "ROUND_CLOSED_EARLY", "Answers closed early",
                    closed.reason(), Visibility.EVERYONE);
        } else {
            String what = closed.late() == 0 ? "Answers closed: everyone answered"
                    : "Answers closed at the deadline: " + closed.late() + (closed.late() == 1 ? " has" : " have")
                    + " not answered";
            timeline.append(record, Credit.step(CLOSING_STEP), "ROUND_CLOSED", what, null, Visibility.EVERYONE);
        }
    }

    private TimelineRecord record(String kind, long recordId) {
        RoundAnswers feature = answers.get(kind);
        return feature == null ? new TimelineRecord(kind, recordId) : feature.timelineRecord(recordId);
    }

    /** The person who acted: the one signed in (as they are now), or by name from the directory. */
    private Credit person(Long personId) {
        return currentUser.find().filter(me -> personId != null && me.personId() == personId).map(Credit::person)
                .orElseGet(() -> personId == null ? Credit.step(CLOSING_STEP)
                        : new Credit(personId, directory.personName(personId)));
    }

    private String day(Instant at) {
        return DAY.format(at.atZone(clock.getZone()));
    }
}
