package org.neighbourhoodportal.rounds;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a feature asks for when it opens a round: the configuration that makes a round a nomination, a sign-off or a
 * request for views, without copying the round.
 *
 * @param kind           the feature's name for its rounds, e.g. {@code proposal}; with {@code recordId} it names
 *                       the round (one round per record and kind). The feature's {@link RoundAnswers} bean answers
 *                       for this kind
 * @param recordId       the feature's record the round is for
 * @param subject        what people see in their inbox, e.g. "Proposal: Saturday clinic"
 * @param route          the record's page, e.g. {@code proposals/17}
 * @param leadGroup      the work group that may chase, extend and close early, e.g. {@code team:5:lead}
 * @param readerGroups   other work groups who may see the round (who was asked, who answered), e.g. the team's
 *                       members and its ICB's managers; the parties' groups see it anyway
 * @param answerForm     the form key of each party's task (a file in {@code forms/definitions})
 * @param answerTaskName the task's name, e.g. "Give your view on the proposal"
 * @param whatToDo       what the parties are asked, plain English, for the "round opened" notice
 * @param closesAt       when answers close
 * @param parties        who is asked, at least one, each group once
 */
public record RoundSpec(String kind, long recordId, String subject, String route, String leadGroup,
                        List<String> readerGroups, String answerForm, String answerTaskName, String whatToDo, Instant closesAt,
                        List<Party> parties) {

    public static final int KIND_LENGTH = 40;
    public static final int SUBJECT_LENGTH = 300;
    public static final int ROUTE_LENGTH = 200;
    public static final int TASK_NAME_LENGTH = 200;
    public static final int READER_GROUPS_LENGTH = 500;

    public RoundSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(closesAt, "closesAt");
        parties = List.copyOf(parties);
        readerGroups = List.copyOf(readerGroups);
        if (String.join(" ", readerGroups).length() > READER_GROUPS_LENGTH) {
            throw new IllegalArgumentException("At most " + READER_GROUPS_LENGTH + " characters of reader groups");
        }
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("A round must ask at least one party");
        }
        if (parties.stream().map(Party::group).distinct().count() != parties.size()) {
            throw new IllegalArgumentException("A round asks each group once");
        }
        subject = subject.length() <= SUBJECT_LENGTH ? subject : subject.substring(0, SUBJECT_LENGTH - 1) + "…";
    }
}
