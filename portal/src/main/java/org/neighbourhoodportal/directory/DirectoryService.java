package org.neighbourhoodportal.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.domain.Organisation;
import org.neighbourhoodportal.directory.domain.OrganisationRepository;
import org.neighbourhoodportal.directory.domain.Person;
import org.neighbourhoodportal.directory.domain.PersonRepository;
import org.neighbourhoodportal.directory.domain.Ppg;
import org.neighbourhoodportal.directory.domain.PpgRepository;
import org.neighbourhoodportal.directory.domain.RoleAssignment;
import org.neighbourhoodportal.directory.domain.RoleAssignmentRepository;
import org.neighbourhoodportal.directory.domain.Team;
import org.neighbourhoodportal.directory.domain.TeamMembershipRepository;
import org.neighbourhoodportal.directory.domain.TeamRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's public face: who is who, which organisations sit in which team, which PPGs a team works with.
 * Reference data about teams is not confidential within the portal; records (feedback, proposals…) are, and their
 * services decide access with the caller's {@link AccessProfile}.
 *
 * <p>Who may call: every reference read needs someone signed in, or the process engine running a step (see
 * {@link TrustedCaller}); {@link #people()} needs an administrator; {@link #accessProfile} is the person's own (or
 * sign-in's, before anyone is signed in). The directory sits below the security package, so a refusal here is Spring
 * Security's {@link AccessDeniedException} rather than the features' {@code NotAllowedException}. Password hashes
 * never leave the database through this class: sign-in reads them inside the security package.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryService {

    private final TeamRepository teams;
    private final OrganisationRepository organisations;
    private final TeamMembershipRepository memberships;
    private final PpgRepository ppgs;
    private final PersonRepository people;
    private final RoleAssignmentRepository roles;
    private final ObjectProvider<TrustedCaller> trusted;

    DirectoryService(TeamRepository teams, OrganisationRepository organisations, TeamMembershipRepository memberships,
                     PpgRepository ppgs, PersonRepository people, RoleAssignmentRepository roles,
                     ObjectProvider<TrustedCaller> trusted) {
        this.trusted = trusted;
        this.teams = teams;
        this.organisations = organisations;
        this.memberships = memberships;
        this.ppgs = ppgs;
        this.people = people;
        this.roles = roles;
    }

    /**
     * Works out, from the person's role assignments as they are now, what they may see and which work groups they
     * are in. A switched-off account holds no roles. Read on every request the person makes (see
     * {@code CurrentUser}), so a change in the directory applies from their next click.
     *
     * <p>Who may call: the person themself, an administrator, the process engine, or sign-in before anyone is signed
     * in.
     *
     * @throws NoSuchElementException when there is no such person
     * @throws AccessDeniedException when someone else is signed in
     */
    public AccessProfile accessProfile(long personId) {
        Person person = people.findById(personId).orElseThrow(() -> new NoSuchElementException("No such person"));
        Authentication signedIn = signedIn();
        if (signedIn != null && !signedIn.getName().equalsIgnoreCase(person.getEmail()) && !isAdministrator(signedIn)
                && !isEngine()) {
            throw new AccessDeniedException("You can only see your own roles.");
        }
        if (!person.isEnabled()) {
            return new AccessProfile(personId, person.getDisplayName(), null, Set.of(), Set.of(), Map.of(), Set.of(),
                    Set.of(), false);
        }
        Set<Long> led = new HashSet<>();
        Set<Long> member = new HashSet<>();
        Set<Long> ppgIds = new HashSet<>();
        Set<Long> icbs = new HashSet<>();
        boolean administrator = false;
        for (RoleAssignment assignment : roles.findByPersonId(personId)) {
            switch (assignment.getRole()) {
                case INT_LEAD -> led.add(assignment.getTeamId());
                case MEMBER -> member.add(assignment.getTeamId());
                case PPG_REPRESENTATIVE -> ppgIds.add(assignment.getPpgId());
                case ICB_MANAGER -> icbs.add(assignment.getIcbId());
                case ADMINISTRATOR -> administrator = true;
            }
        }
        Map<Long, Long> ppgTeams = new HashMap<>();
        if (!ppgIds.isEmpty()) {
            ppgs.findByIds(ppgIds).forEach(p -> ppgTeams.put(p.getId(), p.getTeam().getId()));
        }
        Set<Long> icbTeams = new HashSet<>();
        if (!icbs.isEmpty()) {
            teams.findByIcbIdIn(icbs).forEach(t -> icbTeams.add(t.getId()));
        }
        Long organisationId = person.getOrganisation() == null ? null : person.getOrganisation().getId();
        return new AccessProfile(personId, person.getDisplayName(), organisationId, led, member, ppgTeams, icbs,
                icbTeams, administrator);
    }

    /**
     * A person's display name, or "Someone no longer in the directory" for an id that is not there. Names are not
     * secret: anyone signed in, or the engine, may ask. For many people use {@link #personNames}.
     *
     * @throws AccessDeniedException when nobody is signed in and the engine is not running a step
     */
    public String personName(long personId) {
        requireCaller();
        return people.findById(personId).map(Person::getDisplayName).orElse("Someone no longer in the directory");
    }

    /**
     * Display names of these people by id, in one query, for lists that show many people. Ids not in the directory
     * are left out. Names are not secret: any signed-in caller (or the engine) may ask.
     *
     * @throws AccessDeniedException when nobody is signed in
     */
    public Map<Long, String> personNames(Collection<Long> personIds) {
        requireCaller();
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return people.findAllById(personIds).stream()
                .collect(Collectors.toMap(Person::getId, Person::getDisplayName));
    }

    /**
     * One team (INT) with its ICB and place. Anyone signed in, or the engine.
     *
     * @throws NoSuchElementException when there is no such team
     * @throws AccessDeniedException when nobody is signed in and the engine is not running a step
     */
    public TeamSummary team(long teamId) {
        requireCaller();
        return teams.findById(teamId).map(DirectoryService::summary)
                .orElseThrow(() -> new NoSuchElementException("No team " + teamId));
    }

    /**
     * These teams, by name (ids not in the directory are left out), in one query. Anyone signed in, or the engine.
     *
     * @throws AccessDeniedException when nobody is signed in and the engine is not running a step
     */
    public List<TeamSummary> teams(Collection<Long> teamIds) {
        requireCaller();
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return teams.findByIdInOrderByName(teamIds).stream().map(DirectoryService::summary).toList();
    }

    /**
     * Every team, by name. Anyone signed in, or the engine.
     *
     * @throws AccessDeniedException when nobody is signed in and the engine is not running a step
     */
    public List<TeamSummary> allTeams() {
        requireCaller();
        return teams.findAll().stream().map(DirectoryService::summary)
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    /**
     * The organisations that take part in a team, by name; empty for an unknown team. Anyone signed in, or the engine.
     *
     * @throws AccessDeniedException when nobody is signed in and the engine is not running a step
     */
    public List<OrganisationSummary> memberOrganisations(long teamId) {
        requireCaller();
        return memberships.findByTeamId(teamId).stream().map(m -> summary(m.getOrganisation())).toList();
    }

    /**
     * Member organisations with at least one representative (a person holding the MEMBER role) in the team. Anyone
     * signed in, or the engine.
     *
     * @throws AccessDeniedException when nobody is signed in and the engine is not running a step
     */
    public List<OrganisationSummary> representedOrganisations(long teamId) {
        requireCaller();
        Set<Long> represented = new HashSet<>(roles.findRepresentedOrganisations(teamId));
        return memberOrganisations(teamId).stream().filter(o -> represented.contains(o.id())).toList();
    }

    /**
     * Whether the organisation takes part in the team. Anyone signed in, or the engine.
     *
     * @throws AccessDeniedException when nobody is signed in and the engine is not running a step
     */
    public boolean isMemberOrganisation(long teamId, long organisationId) {
        requireCaller();
        return memberships.existsByTeamIdAndOrganisationId(teamId, organisationId);
    }

    /**
     * One organisation, or empty when there is no such organisation. Anyone signed in, or the engine.
     *
     * @throws AccessDeniedException when nobody is signed in and the engine is not running a step
     */
    public Optional<OrganisationSummary> organisation(long organisationId) {
        requireCaller();
        return organisations.findById(organisationId).map(DirectoryService::summary);
    }

    /**
     * The PPGs (patient participation groups) of these teams, with their practice and team. Anyone signed in, or the
     * engine.
     *
     * @throws AccessDeniedException when nobody is signed in and the engine is not running a step
     */
    public List<PpgSummary> ppgsOfTeams(Collection<Long> teamIds) {
        requireCaller();
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return ppgs.findByTeamIds(teamIds).stream().map(DirectoryService::summary).toList();
    }

    /**
     * These PPGs (ids not in the directory are left out). Anyone signed in, or the engine.
     *
     * @throws AccessDeniedException when nobody is signed in and the engine is not running a step
     */
    public List<PpgSummary> ppgs(Collection<Long> ppgIds) {
        requireCaller();
        if (ppgIds.isEmpty()) {
            return List.of();
        }
        return ppgs.findByIds(ppgIds).stream().map(DirectoryService::summary).toList();
    }

    /**
     * One PPG. Anyone signed in, or the engine.
     *
     * @throws NoSuchElementException when there is no such PPG
     * @throws AccessDeniedException when nobody is signed in and the engine is not running a step
     */
    public PpgSummary ppg(long ppgId) {
        requireCaller();
        return ppgs(List.of(ppgId)).stream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("No PPG " + ppgId));
    }

    /**
     * Everyone in the directory with their roles in words, by name; administrators only.
     *
     * @throws AccessDeniedException unless an administrator is signed in
     */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public List<PersonSummary> people() {
        Map<Long, String> teamNames = new HashMap<>();
        teams.findAll().forEach(t -> teamNames.put(t.getId(), t.getName()));
        Map<Long, String> ppgNames = new HashMap<>();
        ppgs.findAll().forEach(p -> ppgNames.put(p.getId(), p.getName()));
        Map<Long, String> icbNames = new HashMap<>();
        teams.findAll().forEach(t -> icbNames.put(t.getIcb().getId(), t.getIcb().getName()));
        Map<Long, List<String>> rolesByPerson = new HashMap<>();
        roles.findAll().forEach(r -> rolesByPerson.computeIfAbsent(r.getPerson().getId(), k -> new ArrayList<>())
                .add(r.getRole().label() + switch (r.getRole()) {
                    case INT_LEAD, MEMBER -> " – " + teamNames.get(r.getTeamId());
                    case PPG_REPRESENTATIVE -> " – " + ppgNames.get(r.getPpgId());
                    case ICB_MANAGER -> " – " + icbNames.get(r.getIcbId());
                    case ADMINISTRATOR -> "";
                }));
        return people.findAll().stream()
                .sorted((a, b) -> a.getDisplayName().compareToIgnoreCase(b.getDisplayName()))
                .map(p -> new PersonSummary(p.getId(), p.getDisplayName(), p.getEmail(), p.getJobTitle(),
                        p.getOrganisation() == null ? null : p.getOrganisation().getName(),
                        rolesByPerson.getOrDefault(p.getId(), List.of()), p.isDemoAccount()))
                .toList();
    }

    /**
     * The team's leads and member representatives, by name: the people who can lead or own its work. Anyone signed
     * in, or the engine.
     *
     * @throws AccessDeniedException when nobody is signed in and the engine is not running a step
     */
    public List<PersonOption> teamPeople(long teamId) {
        requireCaller();
        return roles.findTeamPeople(teamId).stream()
                .map(p -> new PersonOption(p.getId(), p.getDisplayName(),
                        p.getOrganisation() == null ? null : p.getOrganisation().getName()))
                .toList();
    }

    /**
     * The people a notification reaches: these people, and everyone in these work groups (see {@link WorkGroups}), each
     * once, with their e-mail address; switched-off accounts are left out. Group names of other shapes reach nobody.
     * Two statements whatever the number of groups (the people with no role at all, named by id, cost a third).
     *
     * <p>Who may call: the process engine, or anyone signed in: notifications are raised inside a person's action
     * (sharing a proposal, completing the task that starts the next one) as well as by the engine's steps. The
     * addresses go into the notification outbox and never back to a view.
     *
     * @throws AccessDeniedException when nobody is signed in and the engine is not running a step
     */
    public List<Recipient> recipients(Collection<Long> personIds, Collection<String> workGroups) {
        requireCaller();
        Set<Long> teamIds = new HashSet<>();
        Set<Long> ppgIds = new HashSet<>();
        Set<Long> icbIds = new HashSet<>();
        boolean administrators = false;
        for (String group : workGroups) {
            String[] parts = group.split(":");
            try {
                switch (parts[0]) {
                    case "team" -> teamIds.add(Long.valueOf(parts[1]));
                    case "ppg" -> ppgIds.add(Long.valueOf(parts[1]));
                    case "icb" -> icbIds.add(Long.valueOf(parts[1]));
                    default -> administrators |= WorkGroups.ADMINISTRATORS.equals(group);
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException notAGroup) {
                // not a work group the portal writes ("team:12", "ppg:3", "icb:1", administrators): reaches nobody
            }
        }
        if (teamIds.isEmpty() && ppgIds.isEmpty() && icbIds.isEmpty() && personIds.isEmpty() && !administrators) {
            return List.of();
        }
        Map<Long, Person> reached = new java.util.LinkedHashMap<>();
        Map<Long, Set<String>> groupsOf = new HashMap<>();
        Map<Long, Boolean> volunteer = new HashMap<>();
        for (RoleAssignment r : roles.findRolesOfPeopleReached(orNone(teamIds), orNone(ppgIds), orNone(icbIds),
                orNone(personIds), administrators)) {
            Person p = r.getPerson();
            reached.putIfAbsent(p.getId(), p);
            Set<String> groups = groupsOf.computeIfAbsent(p.getId(), k -> new HashSet<>());
            Long org = p.getOrganisation() == null ? null : p.getOrganisation().getId();
            switch (r.getRole()) {
                case INT_LEAD -> {
                    groups.add(WorkGroups.teamLeads(r.getTeamId()));
                    groups.add(WorkGroups.personInTeam(r.getTeamId(), p.getId()));
                }
                case MEMBER -> {
                    groups.add(WorkGroups.teamMembers(r.getTeamId()));
                    groups.add(WorkGroups.personInTeam(r.getTeamId(), p.getId()));
                    if (org != null) {
                        groups.add(WorkGroups.organisationInTeam(r.getTeamId(), org));
                    }
                }
                case PPG_REPRESENTATIVE -> groups.add(WorkGroups.ppg(r.getPpgId()));
                case ICB_MANAGER -> groups.add(WorkGroups.icbManagers(r.getIcbId()));
                case ADMINISTRATOR -> groups.add(WorkGroups.ADMINISTRATORS);
            }
            boolean onlyPpg = r.getRole() == Role.PPG_REPRESENTATIVE;
            volunteer.merge(p.getId(), onlyPpg, Boolean::logicalAnd);
        }
        List<Recipient> recipients = new ArrayList<>();
        Set<Long> explicit = new HashSet<>(personIds);
        reached.forEach((id, p) -> {
            if (explicit.contains(id) || groupsOf.get(id).stream().anyMatch(workGroups::contains)) {
                recipients.add(new Recipient(id, p.getDisplayName(), p.getEmail(), volunteer.get(id)));
            }
        });
        explicit.removeAll(reached.keySet());
        if (!explicit.isEmpty()) { // named people without any role
            people.findAllById(explicit).stream().filter(Person::isEnabled).forEach(p ->
                    recipients.add(new Recipient(p.getId(), p.getDisplayName(), p.getEmail(), false)));
        }
        return recipients;
    }

    private static Collection<Long> orNone(Collection<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    /** For the start-up guard, before anyone is signed in. */
    boolean hasDemoAccounts() {
        return people.existsByDemoAccountTrue();
    }

    /**
     * Someone is signed in, or the engine is running a step.
     *
     * @throws AccessDeniedException otherwise
     */
    private void requireCaller() {
        if (signedIn() == null && !isEngine()) {
            throw new AccessDeniedException("Please sign in first.");
        }
    }

    private boolean isEngine() {
        TrustedCaller caller = trusted.getIfAvailable();
        return caller != null && caller.isEngine();
    }

    private static Authentication signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken ? null : authentication;
    }

    private static boolean isAdministrator(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Role.ADMINISTRATOR.authority()));
    }

    private static TeamSummary summary(Team t) {
        return new TeamSummary(t.getId(), t.getName(), t.getIcb().getId(), t.getIcb().getName(), t.getPlace());
    }

    private static OrganisationSummary summary(Organisation o) {
        return new OrganisationSummary(o.getId(), o.getName(), o.getSector());
    }

    private static PpgSummary summary(Ppg p) {
        return new PpgSummary(p.getId(), p.getName(), p.getTeam().getId(), p.getTeam().getName(),
                p.getPractice().getName());
    }
}
