package org.neighbourhoodportal.feedback;

import java.util.List;

/**
 * Where one piece of feedback is now, for a record that links to it (a work plan priority).
 *
 * @param route the feedback's page
 * @param waitingOn the steps its loop waits on, in plain words; empty once closed
 */
public record FeedbackProgress(long id, String summary, String route, List<String> waitingOn) {
}
