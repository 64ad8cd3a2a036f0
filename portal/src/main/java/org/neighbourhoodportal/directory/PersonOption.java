package org.neighbourhoodportal.directory;

/** Someone who can lead or own work in a team: its leads and its member organisations' representatives. */
public record PersonOption(long id, String name, String organisation) {

    public String label() {
        return organisation == null ? name : name + " (" + organisation + ")";
    }
}
