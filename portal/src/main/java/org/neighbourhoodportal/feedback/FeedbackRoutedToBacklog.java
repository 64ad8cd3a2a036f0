package org.neighbourhoodportal.feedback;

/**
 * PPG feedback was put on its INT's work plan backlog, optionally linked to one of the INT's priorities (one the
 * routing form offered). Published by the feedback process's step, in its transaction: a listener that fails rolls
 * the step back.
 *
 * @param priorityId the priority chosen, or null for the backlog alone
 */
public record FeedbackRoutedToBacklog(long feedbackId, long teamId, String summary, String patientsSaid,
                                      Long priorityId) {
}
