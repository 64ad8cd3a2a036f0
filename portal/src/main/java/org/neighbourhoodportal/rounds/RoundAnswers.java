package org.neighbourhoodportal.rounds;

import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.timeline.TimelineRecord;

/**
 * What a feature that asks in rounds provides (one Spring bean per {@link RoundSpec#kind()}): where an answer is
 * saved. The round has already checked that the person may answer for that party and that the round still takes
 * answers; the answer and the round's record of it commit together with the task.
 */
public interface RoundAnswers {

    /** The {@link RoundSpec#kind()} this bean answers for. */
    String kind();

    /** Saves what the party answered (the form's values, validated) into the feature's records. */
    void answered(RoundAnswer answer, Map<String, Object> values);

    /**
     * The record whose timeline shows the round's steps (opened, each answer, chased, extended, closed): by default the
     * record kind on the timeline is the round's {@link #kind()}.
     */
    default TimelineRecord timelineRecord(long recordId) {
        return new TimelineRecord(kind(), recordId);
    }

    /**
     * What the party answered in a few words, for the answer's line on the record's timeline (seen by the record's
     * own team only), e.g. "Support"; null for none.
     */
    default String inWords(RoundAnswer answer, Map<String, Object> values) {
        return null;
    }

    /** Run-time choices for the answer form's {@code valuesKey} fields; none by default. */
    default Map<String, List<Option>> formOptions(long recordId) {
        return Map.of();
    }
}
