package org.neighbourhoodportal.workflow;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.neighbourhoodportal.timeline.TimelineRecord;

/**
 * A {@link ProcessRecordHandler} for the usual process, whose business key is its record's numeric id: the
 * process key, the record's timeline and how its tasks name and link the record are configured here, so a feature's
 * handler holds only what its forms do ({@code formOptions}, {@code prefill}, {@code taskCompleted}).
 */
public abstract class RecordProcessHandler implements ProcessRecordHandler {

    private final String processKey;
    private final LongFunction<TimelineRecord> timeline;
    private final Function<Set<Long>, Map<Long, String>> titles;
    private final String subjectPrefix;
    private final String routePrefix;

    /**
     * @param processKey    the process the handler speaks for
     * @param timeline      the record's timeline, from the record's id (e.g. {@code FeedbackTimelines::feedback})
     * @param titles        the titles of the records with these ids that the signed-in person may see (the
     *                      feature's service, which checks the caller)
     * @param subjectPrefix put before the title in the inbox, e.g. {@code "Feedback: "}
     * @param routePrefix   the record page's route before the id, e.g. {@code "feedback/"}
     */
    protected RecordProcessHandler(String processKey, LongFunction<TimelineRecord> timeline,
                                   Function<Set<Long>, Map<Long, String>> titles, String subjectPrefix,
                                   String routePrefix) {
        this.processKey = processKey;
        this.timeline = timeline;
        this.titles = titles;
        this.subjectPrefix = subjectPrefix;
        this.routePrefix = routePrefix;
    }

    @Override
    public final String processKey() {
        return processKey;
    }

    @Override
    public Map<String, RecordReference> describe(Collection<String> businessKeys) {
        return ProcessRecordHandler.describeById(businessKeys, titles, subjectPrefix, routePrefix);
    }

    @Override
    public Optional<TimelineRecord> timelineRecord(String businessKey) {
        return Optional.of(timeline.apply(Long.parseLong(businessKey)));
    }
}
