package org.neighbourhoodportal.maturity;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.maturity.domain.IntProfile;
import org.neighbourhoodportal.maturity.domain.IntProfileRepository;
import org.neighbourhoodportal.security.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An INT's profile: how the team is set up, on the four aspects of the City & Hackney review of neighbourhood models
 * (scope or criteria; roles and sectors; location; management and governance). The team keeps it on its own page (its
 * leads write, its members read); the managers of its ICB read it beside the team's stages, so an ICB can compare INT
 * models, not just stages. Refusals are {@link NotAllowedException}s.
 */
@Service
@Transactional
public class IntProfileService {

    static final String NOT_FOUND = "That INT does not exist, or you do not have access to its profile.";

    private final IntProfileRepository profiles;
    private final DirectoryService directory;
    private final MaturityPolicy policy;
    private final Clock clock;

    IntProfileService(IntProfileRepository profiles, DirectoryService directory, MaturityPolicy policy, Clock clock) {
        this.profiles = profiles;
        this.directory = directory;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * One INT's profile (its aspects null where not written yet). The team's leads and members, and the managers of
     * its ICB.
     *
     * @throws NotAllowedException "does not exist, or no access" for anyone else, or a team that does not exist
     */
    @Transactional(readOnly = true)
    public TeamProfile profile(long teamId) {
        AccessProfile me = policy.me();
        requireRead(me, teamId);
        TeamSummary team = directory.teams(List.of(teamId)).stream().findFirst()
                .orElseThrow(() -> new NotAllowedException(NOT_FOUND));
        return view(team, profiles.findById(teamId).orElse(null), me);
    }

    /**
     * The profiles of every INT of an ICB, by team name (a team that has written none comes with empty aspects). Only
     * that ICB's managers.
     *
     * @throws NotAllowedException unless the caller manages this ICB
     */
    @Transactional(readOnly = true)
    public List<TeamProfile> icbProfiles(long icbId) {
        AccessProfile me = policy.me();
        policy.requireIcbManager(me, icbId);
        List<TeamSummary> teams = directory.teams(me.icbTeams()).stream().filter(t -> t.icbId() == icbId)
                .sorted(Comparator.comparing(TeamSummary::name, String.CASE_INSENSITIVE_ORDER)).toList();
        Map<Long, IntProfile> byTeam = profiles.findAllById(teams.stream().map(TeamSummary::id).toList()).stream()
                .collect(Collectors.toMap(IntProfile::getTeamId, p -> p));
        return teams.stream().map(t -> view(t, byTeam.get(t.id()), me)).toList();
    }

    /**
     * A lead writes the team's profile; an empty aspect is stored as not written. Replaces what was there.
     *
     * @throws NotAllowedException unless the caller leads the team
     * @throws AssessmentRefusedException when an aspect is longer than {@link IntProfile#ASPECT_LENGTH} characters
     *                                    (nothing is saved)
     */
    public void save(long teamId, String scope, String rolesAndSectors, String location, String governance) {
        AccessProfile me = policy.me();
        if (!me.leads(teamId)) {
            throw new NotAllowedException(me.worksIn(teamId) ? "Only the INT's leads can change its profile."
                    : NOT_FOUND);
        }
        String s = aspect(scope, "The scope");
        String r = aspect(rolesAndSectors, "The roles and sectors");
        String l = aspect(location, "The location");
        String g = aspect(governance, "The management and governance");
        IntProfile profile = profiles.findById(teamId).orElseGet(() -> new IntProfile(teamId));
        profile.update(s, r, l, g, me.personId(), clock.instant());
        profiles.save(profile);
    }

    private void requireRead(AccessProfile me, long teamId) {
        if (!me.worksIn(teamId) && !me.managesIcbOf(teamId)) {
            throw new NotAllowedException(NOT_FOUND);
        }
    }

    private TeamProfile view(TeamSummary team, IntProfile p, AccessProfile me) {
        if (p == null) {
            return new TeamProfile(team.id(), team.name(), null, null, null, null, null, null, me.leads(team.id()));
        }
        return new TeamProfile(team.id(), team.name(), p.getScope(), p.getRolesAndSectors(), p.getLocation(),
                p.getGovernance(), directory.personName(p.getUpdatedBy()),
                p.getUpdatedAt(), me.leads(team.id()));
    }

    private static String aspect(String text, String what) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() > IntProfile.ASPECT_LENGTH) {
            throw new AssessmentRefusedException(what + " can be at most " + IntProfile.ASPECT_LENGTH
                    + " characters; it has " + trimmed.length() + ". Nothing was saved.");
        }
        return trimmed.isEmpty() ? null : trimmed;
    }
}
