package org.neighbourhoodportal.directory;

public record PpgSummary(long id, String name, long teamId, String teamName, String practiceName) {
}
