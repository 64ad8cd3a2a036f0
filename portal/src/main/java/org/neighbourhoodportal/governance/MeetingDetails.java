package org.neighbourhoodportal.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.timeline.TimelineEntry;

/**
 * A meeting as its page shows it: when and where, the ToR in force that day, attendance, the agenda with each item's
 * declarations and decisions (each checked for quorum and conflicts), the minutes, the actions, and its history;
 * with the choices the lead's forms offer when {@code mayRecord}.
 */
public record MeetingDetails(long id, long groupId, String group, String team, String title, Instant startsAt,
                             String location, String alsoAttending, boolean held, String torInForce,
                             List<AttendanceView> attendance, List<ItemView> items, String minutes,
                             MinutesStatus minutesStatus, MeetingRef minutesAgreedAt, List<MeetingRef> minutesAgreedHere,
                             List<ActionView> actions, boolean mayRecord, List<PersonOption> people,
                             List<OrganisationSummary> organisations, List<Option> priorities,
                             List<MeetingRef> laterMeetings, List<TimelineEntry> timeline,
                             List<FlaggedDecision> awaitingRatification) {

    /** Another meeting, by name and date. */
    public record MeetingRef(long id, String title, Instant startsAt) {
    }

    /** Someone expected or recorded: a seat holder (with their seats) or another of the INT's people. */
    public record AttendanceView(long personId, String name, String organisation, List<String> seats,
                                 AttendanceStatus status) {

        public boolean member() {
            return !seats.isEmpty();
        }
    }

    public record ItemView(long id, int position, String title, String aboutOrganisation,
                           List<DeclarationView> declarations, List<DecisionView> decisions) {
    }

    public record DeclarationView(long id, String person, String interest, InterestAction action) {
    }

    /**
     * A decision, checked; {@code ratifies} when it ratifies or rejects an earlier flagged one; {@code settled} when
     * it was flagged and a later meeting (quorate, no conflict) ratified or rejected it.
     */
    public record DecisionView(long id, String decision, DecisionMethod method, String votes, String flagNote,
                               QuorumCheck.Outcome check, RatifiesView ratifies, Settlement settled) {
    }

    /** The earlier decision a ratification is about, and what this meeting decided about it. */
    public record RatifiesView(long decisionId, String decision, MeetingRef meeting, Ratification outcome) {
    }

    /** A later meeting ratified or rejected a flagged decision, by the decision {@code byDecisionId}. */
    public record Settlement(Ratification outcome, MeetingRef at, long byDecisionId) {

        /** "ratified at the meeting of 3 March 2027". */
        public String inWords() {
            return outcome.pastTense() + " at the meeting of " + org.neighbourhoodportal.ui.Formats.day(at.startsAt());
        }
    }

    /** A flagged decision of an earlier meeting that no later meeting has settled yet. */
    public record FlaggedDecision(long id, String decision, MeetingRef meeting) {
    }

    public record ActionView(long id, String description, long ownerId, String owner, LocalDate dueOn,
                             String priority, String item, boolean done, boolean mayMarkDone) {
    }
}
