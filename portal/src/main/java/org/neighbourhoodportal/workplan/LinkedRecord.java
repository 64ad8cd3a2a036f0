package org.neighbourhoodportal.workplan;

/** A record of another feature linked to a priority, e.g. PPG feedback routed into it. */
public record LinkedRecord(String kind, String title, String route, String status) {
}
