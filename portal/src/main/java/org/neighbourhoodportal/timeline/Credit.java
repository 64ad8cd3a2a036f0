package org.neighbourhoodportal.timeline;

import java.util.Objects;
import org.neighbourhoodportal.directory.AccessProfile;

/**
 * Whom a timeline entry credits: the person who acted (their name as it is when they act), or, when no person acted
 * (a timer, a step the process takes on its own), that step's name in plain English, e.g. "Overdue acknowledgement
 * check". Never "the portal".
 *
 * @param personId the person, or null for a step
 * @param name     the person's name, or the step's
 */
public record Credit(Long personId, String name) {

    public static final int NAME_LENGTH = 200;

    public Credit {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A timeline entry is credited to someone or to a named step");
        }
        name = name.length() <= NAME_LENGTH ? name : name.substring(0, NAME_LENGTH - 1) + "…";
    }

    /** The person signed in who acted. */
    public static Credit person(AccessProfile actor) {
        return new Credit(actor.personId(), actor.displayName());
    }

    /** A step no person took, by its name in plain English ("Sending the response to the PPG"). */
    public static Credit step(String stepName) {
        return new Credit(null, stepName);
    }

    public boolean isPerson() {
        return personId != null;
    }
}
