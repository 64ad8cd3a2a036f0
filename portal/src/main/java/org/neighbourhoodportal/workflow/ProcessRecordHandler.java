package org.neighbourhoodportal.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.directory.AccessProfile;
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
     * completion: if either fails, neither happens.
     *
     * @param values the validated, typed form values
     */
    void taskCompleted(WorkItem task, Map<String, Object> values, AccessProfile actor);
}
