package org.neighbourhoodportal.directory;

public record TeamSummary(long id, String name, long icbId, String icbName, String place) {
}
