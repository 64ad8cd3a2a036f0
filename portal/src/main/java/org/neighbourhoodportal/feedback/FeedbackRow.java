package org.neighbourhoodportal.feedback;

import java.time.Instant;

public record FeedbackRow(long id, String summary, String theme, String teamName, String ppgName,
                          FeedbackStatus status, Instant submittedAt, boolean escalated) {
}
