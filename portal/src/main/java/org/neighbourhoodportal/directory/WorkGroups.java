package org.neighbourhoodportal.directory;

/**
 * Names of the groups that processes offer tasks to. They are derived from the directory on every sign-in, so the
 * directory stays the one source of truth for who may pick up a task; the engine keeps no users or groups of its own.
 */
public final class WorkGroups {

    private WorkGroups() {
    }

    public static String teamLeads(long teamId) {
        return "team:" + teamId + ":lead";
    }

    public static String teamMembers(long teamId) {
        return "team:" + teamId + ":member";
    }

    /** The representatives of one member organisation within one team. */
    public static String organisationInTeam(long teamId, long organisationId) {
        return "team:" + teamId + ":org:" + organisationId;
    }

    /**
     * One person within one team they lead or sit on, for a task that is theirs alone, such as the domains they own in
     * a maturity self-assessment. Leaving the team takes the task from them.
     */
    public static String personInTeam(long teamId, long personId) {
        return "team:" + teamId + ":person:" + personId;
    }

    public static String ppg(long ppgId) {
        return "ppg:" + ppgId;
    }

    /** Whether a group is a PPG's (its representatives), not a team's queue. */
    public static boolean isPpg(String group) {
        return group.startsWith("ppg:");
    }

    /** Whether a task offered to these groups is a PPG's own, for its representatives rather than a team's queue. */
    public static boolean onlyPpgs(java.util.Collection<String> groups) {
        return !groups.isEmpty() && groups.stream().allMatch(WorkGroups::isPpg);
    }

    public static String icbManagers(long icbId) {
        return "icb:" + icbId + ":manager";
    }

    public static final String ADMINISTRATORS = "administrators";
}
