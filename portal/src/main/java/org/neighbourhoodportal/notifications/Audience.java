package org.neighbourhoodportal.notifications;

import java.util.Collection;
import java.util.Set;

/**
 * Who a notice is for: people by id, and work groups (everyone in them as the directory has it when the notice is
 * raised; see {@link org.neighbourhoodportal.directory.WorkGroups}).
 */
public record Audience(Set<Long> people, Set<String> groups) {

    public Audience {
        people = Set.copyOf(people);
        groups = Set.copyOf(groups);
    }

    public static Audience person(long personId) {
        return new Audience(Set.of(personId), Set.of());
    }

    public static Audience groups(Collection<String> groups) {
        return new Audience(Set.of(), Set.copyOf(groups));
    }

    public static Audience group(String group) {
        return new Audience(Set.of(), Set.of(group));
    }
}
