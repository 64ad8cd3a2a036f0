package org.neighbourhoodportal.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neighbourhoodportal.forms.Option;

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
     * Saves what the person entered into the feature's records. Runs in the same transaction as the task's
     * completion: if either fails, neither happens. The person acting is the one signed in: the feature's policy
     * checks them again here (roles as they are now), so a handler never trusts who the caller says acted.
     *
     * @param values the validated, typed form values
     * @throws org.neighbourhoodportal.security.NotAllowedException when the signed-in person may not do this step
     */
    void taskCompleted(WorkItem task, Map<String, Object> values);
}
