package org.neighbourhoodportal.rounds;

import java.util.Objects;

/**
 * One party a round asks, as the calling feature chooses it.
 *
 * @param group the work group whose people get the party's task (see {@code directory.WorkGroups}): a PPG's
 *              representatives ({@code ppg:3}), an organisation's members in a team ({@code team:5:org:9}), or any
 *              other group the directory gives, such as an organisation's designated signatory
 */
public record Party(PartyType type, long id, String name, String group) {

    public static final int NAME_LENGTH = 200;
    public static final int GROUP_LENGTH = 100;

    public Party {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (group == null || group.isBlank() || group.length() > GROUP_LENGTH) {
            throw new IllegalArgumentException("A party needs a work group of at most " + GROUP_LENGTH + " characters");
        }
        name = name.length() <= NAME_LENGTH ? name : name.substring(0, NAME_LENGTH - 1) + "…";
    }
}
