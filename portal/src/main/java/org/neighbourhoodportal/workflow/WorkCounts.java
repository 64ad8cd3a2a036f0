package org.neighbourhoodportal.workflow;

/**
 * How much open work a person has in all (their own and their groups' tasks, each once).
 *
 * @param open    every open task
 * @param overdue those past their due date
 * @param dueSoon those due within the window asked for, not yet overdue
 */
public record WorkCounts(long open, long overdue, long dueSoon) {
}
