package org.neighbourhoodportal.workflow;

import java.time.Instant;

public record TaskComment(String authorName, Instant at, String text) {
}
