package org.neighbourhoodportal.workplan;

/** Narrows the plan's grid; null or false for "all". */
public record PriorityFilter(Rag rag, Long leadPersonId, Long tagId, boolean overdueOnly) {

    public static PriorityFilter all() {
        return new PriorityFilter(null, null, null, false);
    }
}
