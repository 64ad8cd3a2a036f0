package org.neighbourhoodportal.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.timeline.TimelineRecord;

/**
 * What a feature tells the workflow package about the records behind one process. The feature owns the records;
 * the process owns the flow. Implemented in each feature's {@code process} package.
 */
public interface ProcessRecordHandler {

    /** The process this handler speaks for. */
    String processKey();

    /** The records behind these business keys, keyed by business key. */
    Map<String, RecordReference> describe(Collection<String> businessKeys);

    /**
     * {@link #describe} for the usual case: the business key is the record's numeric id.
     *
     * @param titles the records' titles by id, for the ids given
     */
    static Map<String, RecordReference> describeById(Collection<String> businessKeys,
                                                     Function<Set<Long>, Map<Long, String>> titles,
                                                     String subjectPrefix, String routePrefix) {
        Set<Long> ids = businessKeys.stream().map(Long::valueOf).collect(Collectors.toSet());
        return titles.apply(ids).entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().toString(),
                e -> new RecordReference(subjectPrefix + e.getValue(), routePrefix + e.getKey())));
    }

    /**
     * The record whose timeline shows what the kit records about this process's tasks for the feature (answers to
     * fields the feature does not keep itself, docs/adr/0011): for most features {@code
     * Optional.of(new TimelineRecord("<kind>", Long.parseLong(businessKey)))}. Empty only for a process that has no
     * record page; {@code workflow.KitTimelineTests} fails for a handler that names none.
     */
    default Optional<TimelineRecord> timelineRecord(String businessKey) {
        return Optional.empty();
    }

    /** Choices offered by a form at run time (a form-js {@code valuesKey}), for a task of this process. */
    default Map<String, List<Option>> formOptions(WorkItem task) {
        return Map.of();
    }

    /**
     * Values the task's form starts with, e.g. a report pre-filled from owners' updates. Keys are form field keys;
     * values are what the field shows (String, Boolean, Number, LocalDate, or an option's value).
     */
    default Map<String, Object> prefill(WorkItem task) {
        return Map.of();
    }

    /**
     * Form fields that neither this handler reads nor the feature keeps, because the process itself reads them as
     * variables (e.g. a delegate that reads the chosen priority). Every other field the handler does not read in
     * {@link #taskCompleted} is kept as a further answer on the record (docs/adr/0013).
     */
    default Set<String> fieldsTheProcessReads() {
        return Set.of();
    }

    /**
     * Saves what the person entered into the feature's records. Read each value you keep with {@code values.get}:
     * a field you never read (one an analyst added to the form in Camunda Modeler, say) is kept for you as a further
     * answer, labelled, and shown on the record's page. Runs in the same transaction as the task's
     * completion: if either fails, neither happens. The person acting is the one signed in: the feature's policy
     * checks them again here (roles as they are now), so a handler never trusts who the caller says acted.
     *
     * @param values the validated, typed form values
     * @throws org.neighbourhoodportal.security.NotAllowedException when the signed-in person may not do this step
     */
    void taskCompleted(WorkItem task, Map<String, Object> values);
}
