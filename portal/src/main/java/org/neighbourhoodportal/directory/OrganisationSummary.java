package org.neighbourhoodportal.directory;

public record OrganisationSummary(long id, String name, Sector sector) {
}
