package org.neighbourhoodportal.directory;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything access decisions need to know about one person, computed from the directory when they sign in.
 *
 * @param ppgTeams for each PPG the person represents, the team it belongs to
 * @param icbTeams the teams of the ICBs the person manages
 */
public record AccessProfile(
        long personId,
        String displayName,
        Long organisationId,
        Set<Long> ledTeams,
        Set<Long> memberTeams,
        Map<Long, Long> ppgTeams,
        Set<Long> managedIcbs,
        Set<Long> icbTeams,
        boolean administrator) {

    public AccessProfile {
        ledTeams = Set.copyOf(ledTeams);
        memberTeams = Set.copyOf(memberTeams);
        ppgTeams = Map.copyOf(ppgTeams);
        managedIcbs = Set.copyOf(managedIcbs);
        icbTeams = Set.copyOf(icbTeams);
    }

    public boolean leads(long teamId) {
        return ledTeams.contains(teamId);
    }

    /** Leads or sits on the team for a member organisation. */
    public boolean worksIn(long teamId) {
        return ledTeams.contains(teamId) || memberTeams.contains(teamId);
    }

    public boolean managesIcbOf(long teamId) {
        return icbTeams.contains(teamId);
    }

    public boolean representsPpg(long ppgId) {
        return ppgTeams.containsKey(ppgId);
    }

    public boolean isPpgRepresentative() {
        return !ppgTeams.isEmpty();
    }

    public boolean isLead() {
        return !ledTeams.isEmpty();
    }

    public boolean isIcbManager() {
        return !managedIcbs.isEmpty();
    }

    /** Teams whose records this person may read (a PPG representative reads only their PPG's part of a team). */
    public Set<Long> teamsInView() {
        Set<Long> teams = new TreeSet<>(ledTeams);
        teams.addAll(memberTeams);
        teams.addAll(icbTeams);
        return teams;
    }

    /** Teams a PPG representative reaches through their PPGs. */
    public Set<Long> ppgTeamIds() {
        return Set.copyOf(ppgTeams.values());
    }

    /** The groups the engine offers this person tasks through; see {@link WorkGroups}. */
    public Set<String> workGroups() {
        Set<String> groups = new TreeSet<>();
        ledTeams.forEach(t -> groups.add(WorkGroups.teamLeads(t)));
        memberTeams.forEach(t -> {
            groups.add(WorkGroups.teamMembers(t));
            if (organisationId != null) {
                groups.add(WorkGroups.organisationInTeam(t, organisationId));
            }
        });
        ledTeams.forEach(t -> groups.add(WorkGroups.personInTeam(t, personId)));
        memberTeams.forEach(t -> groups.add(WorkGroups.personInTeam(t, personId)));
        ppgTeams.keySet().forEach(p -> groups.add(WorkGroups.ppg(p)));
        managedIcbs.forEach(i -> groups.add(WorkGroups.icbManagers(i)));
        if (administrator) {
            groups.add(WorkGroups.ADMINISTRATORS);
        }
        return groups;
    }

    /** The Spring Security roles: held if held in any scope. */
    public Set<Role> roles() {
        Set<Role> roles = new TreeSet<>();
        if (!ledTeams.isEmpty()) roles.add(Role.INT_LEAD);
        if (!memberTeams.isEmpty()) roles.add(Role.MEMBER);
        if (!ppgTeams.isEmpty()) roles.add(Role.PPG_REPRESENTATIVE);
        if (!managedIcbs.isEmpty()) roles.add(Role.ICB_MANAGER);
        if (administrator) roles.add(Role.ADMINISTRATOR);
        return roles;
    }
}
