package org.neighbourhoodportal.workflow;

/** How a task names the record it is about: a title for lists and the route to the record's page. */
public record RecordReference(String subject, String route) {
}
