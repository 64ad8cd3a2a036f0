package org.neighbourhoodportal.directory;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.neighbourhoodportal.directory.AdminRecords.IcbRow;
import org.neighbourhoodportal.directory.AdminRecords.MemberOrganisation;
import org.neighbourhoodportal.directory.AdminRecords.OrganisationRow;
import org.neighbourhoodportal.directory.AdminRecords.PersonRow;
import org.neighbourhoodportal.directory.AdminRecords.PpgRow;
import org.neighbourhoodportal.directory.AdminRecords.RoleRow;
import org.neighbourhoodportal.directory.AdminRecords.TeamRow;
import org.neighbourhoodportal.directory.domain.DesignatedSignatory;
import org.neighbourhoodportal.directory.domain.DesignatedSignatoryRepository;
import org.neighbourhoodportal.directory.domain.Icb;
import org.neighbourhoodportal.directory.domain.IcbRepository;
import org.neighbourhoodportal.directory.domain.Organisation;
import org.neighbourhoodportal.directory.domain.OrganisationRepository;
import org.neighbourhoodportal.directory.domain.Person;
import org.neighbourhoodportal.directory.domain.PersonAdminRepository;
import org.neighbourhoodportal.directory.domain.PersonRepository;
import org.neighbourhoodportal.directory.domain.Ppg;
import org.neighbourhoodportal.directory.domain.PpgRepository;
import org.neighbourhoodportal.directory.domain.RoleAssignment;
import org.neighbourhoodportal.directory.domain.RoleAssignmentRepository;
import org.neighbourhoodportal.directory.domain.Team;
import org.neighbourhoodportal.directory.domain.TeamMembership;
import org.neighbourhoodportal.directory.domain.TeamMembershipRepository;
import org.neighbourhoodportal.directory.domain.TeamRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing the directory: ICBs, INTs, organisations, PPGs, people, organisations' memberships of teams, roles, and
 * each member organisation's designated signatory; switching a person's account off and on. Every change is written
 * to the audit trail by Hibernate Envers ({@link AuditTrail} reads it).
 *
 * <p>Who may do what is decided by {@link DirectoryAdministrationPolicy}: administrators everything; an INT lead the
 * member organisations, roles and signatories of the teams they lead (never the administrator or ICB manager role),
 * and adding people. Refusals are Spring Security's {@link AccessDeniedException}, as elsewhere in the directory.
 * What cannot be saved is a {@link DirectoryInputException} in plain English, naming the field.
 */
@Service
@Transactional
public class DirectoryAdministration {

    public static final int NAME_LENGTH = 200;
    public static final int ICB_CODE_LENGTH = 20;
    public static final int DESCRIPTION_LENGTH = 2000;

    private final DirectoryAdministrationPolicy policy;
    private final IcbRepository icbs;
    private final TeamRepository teams;
    private final OrganisationRepository organisations;
    private final TeamMembershipRepository memberships;
    private final PpgRepository ppgs;
    private final PersonRepository people;
    private final RoleAssignmentRepository roles;
    private final DesignatedSignatoryRepository signatories;
    private final PersonAdminRepository admin;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DirectoryAdministration(DirectoryAdministrationPolicy policy, IcbRepository icbs, TeamRepository teams,
                            OrganisationRepository organisations, TeamMembershipRepository memberships,
                            PpgRepository ppgs, PersonRepository people, RoleAssignmentRepository roles,
                            DesignatedSignatoryRepository signatories, PersonAdminRepository admin,
                            PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
        this.policy = policy;
        this.icbs = icbs;
        this.teams = teams;
        this.organisations = organisations;
        this.memberships = memberships;
        this.ppgs = ppgs;
        this.people = people;
        this.roles = roles;
        this.signatories = signatories;
        this.admin = admin;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    // ---- reads ------------------------------------------------------------------------------------------------------

    /** Every ICB by name. Administrators only. @throws AccessDeniedException for anyone else */
    @Transactional(readOnly = true)
    public List<IcbRow> icbs() {
        policy.requireAdministrator();
        return icbs.findAll().stream().map(i -> new IcbRow(i.getId(), i.getName(), i.getCode()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    /** Every INT with its ICB, by name; one statement. Administrators only. @throws AccessDeniedException otherwise */
    @Transactional(readOnly = true)
    public List<TeamRow> teams() {
        policy.requireAdministrator();
        return admin.teamsWithIcb().stream().map(DirectoryAdministration::row).toList();
    }

    /**
     * Every organisation by name, for administrators and INT leads (a lead adds organisations already in the
     * directory to their team). @throws AccessDeniedException for anyone else
     */
    @Transactional(readOnly = true)
    public List<OrganisationRow> organisations() {
        policy.requireAdministratorOrLead();
        return organisations.findAll().stream()
                .map(o -> new OrganisationRow(o.getId(), o.getName(), o.getSector(), o.getOdsCode()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    /** Every PPG with its practice and team; one statement. Administrators only. */
    @Transactional(readOnly = true)
    public List<PpgRow> ppgs() {
        policy.requireAdministrator();
        return admin.ppgsWithTeamAndPractice().stream().map(p -> new PpgRow(p.getId(), p.getName(),
                p.getPractice().getId(), p.getPractice().getName(), p.getTeam().getId(), p.getTeam().getName()))
                .toList();
    }

    /**
     * People by name, a page at a time (one statement), switched-off accounts included and marked. For administrators
     * and INT leads (a lead picks people to give roles in their team). @throws AccessDeniedException otherwise
     */
    @Transactional(readOnly = true)
    public List<PersonRow> people(int offset, int limit) {
        policy.requireAdministratorOrLead();
        if (limit <= 0) {
            return List.of();
        }
        int size = Math.max(1, limit);
        List<Person> page = admin.page(PageRequest.of(offset / size, size));
        return page.stream().map(DirectoryAdministration::row).toList();
    }

    /**
     * The people with these e-mail addresses (matched without regard to case), switched-off accounts included; one
     * statement. Administrators only, for the spreadsheet import's preview. @throws AccessDeniedException otherwise
     */
    @Transactional(readOnly = true)
    public List<PersonRow> peopleByEmail(java.util.Collection<String> emails) {
        policy.requireAdministrator();
        if (emails.isEmpty()) {
            return List.of();
        }
        return admin.byEmail(emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).distinct().toList()).stream()
                .map(DirectoryAdministration::row).toList();
    }

    /** How many people there are. For administrators and INT leads. */
    @Transactional(readOnly = true)
    public long countPeople() {
        policy.requireAdministratorOrLead();
        return admin.countAll();
    }

    /** Every role the person holds, in words. Administrators only. */
    @Transactional(readOnly = true)
    public List<RoleRow> rolesOf(long personId) {
        policy.requireAdministrator();
        return describe(admin.rolesOf(personId));
    }

    /**
     * The roles held in a team: its leads, its members, and the representatives of its PPGs. For administrators and
     * the team's leads. @throws AccessDeniedException otherwise
     */
    @Transactional(readOnly = true)
    public List<RoleRow> rolesInTeam(long teamId) {
        policy.requireTeamManager(teamId);
        return describe(admin.rolesInTeam(teamId));
    }

    /**
     * The team's member organisations, each with its representatives and its designated signatory. A fixed number of
     * statements. For administrators and the team's leads.
     */
    @Transactional(readOnly = true)
    public List<MemberOrganisation> memberOrganisations(long teamId) {
        policy.requireTeamManager(teamId);
        Map<Long, DesignatedSignatory> signatoryOf = new HashMap<>();
        signatories.findByTeamId(teamId).forEach(s -> signatoryOf.put(s.getOrganisation().getId(), s));
        Map<Long, List<PersonOption>> representatives = new HashMap<>();
        for (RoleAssignment r : admin.rolesInTeam(teamId)) {
            Person p = r.getPerson();
            if (r.getRole() == Role.MEMBER && p.getOrganisation() != null) {
                representatives.computeIfAbsent(p.getOrganisation().getId(), k -> new ArrayList<>())
                        .add(new PersonOption(p.getId(), p.getDisplayName(), p.getOrganisation().getName()));
            }
        }
        return memberships.findByTeamId(teamId).stream().map(TeamMembership::getOrganisation).map(o -> {
            DesignatedSignatory s = signatoryOf.get(o.getId());
            return new MemberOrganisation(o.getId(), o.getName(), o.getSector(),
                    s == null ? null : s.getPerson().getId(), s == null ? null : s.getPerson().getDisplayName(),
                    representatives.getOrDefault(o.getId(), List.of()));
        }).toList();
    }

    /** The teams the caller may manage: all of them for an administrator, the teams they lead for an INT lead. */
    @Transactional(readOnly = true)
    public List<TeamRow> teamsIManage() {
        AccessProfile me = policy.requireAdministratorOrLead();
        return admin.teamsWithIcb().stream().filter(t -> me.administrator() || me.leads(t.getId()))
                .map(DirectoryAdministration::row).toList();
    }

    /**
     * The member organisation's designated signatory in the team: the person who may sign terms of reference and
     * commit to bids for it; empty when none is named (or theirs was switched off). Any signed-in person or the
     * process engine may ask: workflows route signing to this person.
     *
     * @throws AccessDeniedException when nobody is signed in and the engine is not running a step
     */
    @Transactional(readOnly = true)
    public Optional<PersonOption> signatoryOf(long teamId, long organisationId) {
        policy.requireCaller();
        return signatories.find(teamId, organisationId).map(DesignatedSignatory::getPerson)
                .filter(Person::isEnabled).map(p -> new PersonOption(p.getId(), p.getDisplayName(),
                        p.getOrganisation() == null ? null : p.getOrganisation().getName()));
    }

    // ---- ICBs, teams, organisations, PPGs -----------------------------------------------------------------------------

    /**
     * Adds an ICB ({@code id} null) or changes one. Administrators only.
     *
     * @return the ICB's id
     * @throws DirectoryInputException for a missing or duplicate name, or an over-long code
     */
    public long saveIcb(Long id, String name, String code) {
        policy.requireAdministrator();
        String n = name(name, "an ICB");
        if (admin.icbNameInUse(n, orNone(id))) {
            throw new DirectoryInputException("name", "There is already an ICB called " + n + ".");
        }
        String c = optional(code, ICB_CODE_LENGTH, "code", "The ICB's code");
        if (id == null) {
            return icbs.save(new Icb(n, c)).getId();
        }
        Icb icb = icbs.findById(id).orElseThrow(() -> new NoSuchElementException("No such ICB"));
        icb.update(n, c);
        return icb.getId();
    }

    /**
     * Adds an INT ({@code id} null) or changes one: its ICB, name, place and description. Administrators only.
     *
     * @return the team's id
     * @throws DirectoryInputException for a missing ICB, a missing or duplicate name, an over-long text
     */
    public long saveTeam(Long id, Long icbId, String name, String place, String description) {
        policy.requireAdministrator();
        if (icbId == null) {
            throw new DirectoryInputException("icb", "Choose the ICB the INT belongs to.");
        }
        Icb icb = icbs.findById(icbId).orElseThrow(() -> new DirectoryInputException("icb", "That ICB no longer exists."));
        String n = name(name, "the INT");
        if (admin.teamNameInUse(n, orNone(id))) {
            throw new DirectoryInputException("name", "There is already an INT called " + n + ".");
        }
        String p = optional(place, NAME_LENGTH, "place", "The place");
        String d = optional(description, DESCRIPTION_LENGTH, "description", "The description");
        if (id == null) {
            return teams.save(new Team(icb, n, p, d)).getId();
        }
        Team team = teams.findById(id).orElseThrow(() -> new NoSuchElementException("No such team"));
        team.update(icb, n, p, d);
        return team.getId();
    }

    /**
     * Adds an organisation ({@code id} null) or changes one: name, sector and ODS code (optional; stored in capitals).
     * Administrators only.
     *
     * @return the organisation's id
     * @throws DirectoryInputException for a missing or duplicate name, no sector, a malformed or duplicate ODS code
     */
    public long saveOrganisation(Long id, String name, Sector sector, String odsCode) {
        policy.requireAdministrator();
        String n = name(name, "the organisation");
        if (admin.organisationNameInUse(n, orNone(id))) {
            throw new DirectoryInputException("name", "There is already an organisation called " + n + ".");
        }
        if (sector == null) {
            throw new DirectoryInputException("sector", "Choose the organisation's sector.");
        }
        String code = DirectoryRules.odsCode(odsCode);
        DirectoryRules.odsCodeProblem(code).ifPresent(problem -> {
            throw new DirectoryInputException("odsCode", problem);
        });
        if (code != null && admin.odsCodeInUse(code, orNone(id))) {
            throw new DirectoryInputException("odsCode", "Another organisation already has the ODS code " + code + ".");
        }
        if (id == null) {
            Organisation created = new Organisation(n, sector);
            created.update(n, sector, code);
            return organisations.save(created).getId();
        }
        Organisation organisation = organisations.findById(id)
                .orElseThrow(() -> new NoSuchElementException("No such organisation"));
        organisation.update(n, sector, code);
        return organisation.getId();
    }

    /**
     * Adds a PPG ({@code id} null) or changes one: the practice it belongs to, the INT it works with, and its name.
     * Administrators only.
     *
     * @return the PPG's id
     * @throws DirectoryInputException for a missing team or practice, or a missing or duplicate name
     */
    public long savePpg(Long id, Long teamId, Long practiceId, String name) {
        policy.requireAdministrator();
        if (teamId == null) {
            throw new DirectoryInputException("team", "Choose the INT the PPG works with.");
        }
        if (practiceId == null) {
            throw new DirectoryInputException("practice", "Choose the practice the PPG belongs to.");
        }
        Team team = teams.findById(teamId).orElseThrow(() -> new DirectoryInputException("team",
                "That INT no longer exists."));
        Organisation practice = organisations.findById(practiceId).orElseThrow(() ->
                new DirectoryInputException("practice", "That practice no longer exists."));
        String n = name(name, "the PPG");
        if (admin.ppgNameInUse(n, orNone(id))) {
            throw new DirectoryInputException("name", "There is already a PPG called " + n + ".");
        }
        if (id == null) {
            return ppgs.save(new Ppg(team, practice, n)).getId();
        }
        Ppg ppg = ppgs.findById(id).orElseThrow(() -> new NoSuchElementException("No such PPG"));
        ppg.update(team, practice, n);
        return ppg.getId();
    }

    /**
     * Makes the organisation a member of the team. Administrators and the team's leads.
     *
     * @throws DirectoryInputException when it is a member already
     */
    public void addMembership(long teamId, long organisationId) {
        policy.requireTeamManager(teamId);
        Team team = teams.findById(teamId).orElseThrow(() -> new NoSuchElementException("No such team"));
        Organisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new DirectoryInputException("organisation", "That organisation no longer exists."));
        if (memberships.existsByTeamIdAndOrganisationId(teamId, organisationId)) {
            throw new DirectoryInputException("organisation", organisation.getName() + " is a member of "
                    + team.getName() + " already.");
        }
        memberships.save(new TeamMembership(team, organisation));
    }

    /**
     * The organisation leaves the team; its designated signatory there is no longer named. Its people keep their
     * roles until someone removes them. Administrators and the team's leads.
     *
     * @throws DirectoryInputException when it was not a member
     */
    public void removeMembership(long teamId, long organisationId) {
        policy.requireTeamManager(teamId);
        TeamMembership membership = memberships.findByTeamId(teamId).stream()
                .filter(m -> m.getOrganisation().getId() == organisationId).findFirst()
                .orElseThrow(() -> new DirectoryInputException("organisation", "That organisation is not a member."));
        signatories.find(teamId, organisationId).ifPresent(signatories::delete);
        memberships.delete(membership);
    }

    // ---- people -------------------------------------------------------------------------------------------------------

    /**
     * Adds a person ({@code id} null) or corrects one: e-mail address, name, job title, organisation. A new person can
     * not sign in until they set a password (an invitation, or "forgot password"). Administrators may add and change
     * anyone; an INT lead may add people and change those who hold a role in a team they lead.
     *
     * @return the person's id
     * @throws DirectoryInputException for a missing, malformed or already used e-mail address, or a missing name
     */
    public long savePerson(Long id, String email, String displayName, String jobTitle, Long organisationId) {
        if (id == null) {
            policy.requireAdministratorOrLead();
        } else {
            policy.requirePersonManager(id);
        }
        String address = email == null ? "" : email.strip();
        if (address.isEmpty()) {
            throw new DirectoryInputException("email", "Enter the person's e-mail address.");
        }
        DirectoryRules.emailProblem(address).ifPresent(problem -> {
            throw new DirectoryInputException("email", problem);
        });
        if (admin.emailInUse(address, orNone(id))) {
            throw new DirectoryInputException("email", "Someone in the directory already uses " + address
                    + ". Each person needs an e-mail address of their own.");
        }
        String n = name(displayName, "the person");
        String title = optional(jobTitle, NAME_LENGTH, "jobTitle", "The job title");
        Organisation organisation = organisationId == null ? null : organisations.findById(organisationId)
                .orElseThrow(() -> new DirectoryInputException("organisation", "That organisation no longer exists."));
        if (id == null) {
            // nobody knows this password: the person chooses their own through an invitation or "forgot password"
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            return people.save(new Person(address, n, title, organisation,
                    passwords.encode(Base64.getEncoder().encodeToString(secret)), false)).getId();
        }
        Person person = person(id);
        person.update(address, n, title, organisation);
        return person.getId();
    }

    /**
     * Gives the person a role: {@code scopeId} is the team for an INT lead or member, the PPG for a PPG
     * representative, the ICB for an ICB manager, and null for an administrator. Administrators may grant any role;
     * an INT lead the lead and member roles in the teams they lead and the PPG representative role for their teams'
     * PPGs. Takes effect on the person's next click.
     *
     * @return the role assignment's id
     * @throws DirectoryInputException when the person holds it already, the scope is missing, or a member is not from
     *         a member organisation of the team
     */
    public long grantRole(long personId, Role role, Long scopeId) {
        if (role == null) {
            throw new DirectoryInputException("role", "Choose a role.");
        }
        policy.requireRoleManager(role, scopeId);
        Person person = person(personId);
        if (!person.isEnabled()) {
            throw new DirectoryInputException("person", person.getDisplayName()
                    + "'s account is switched off. Switch it on before giving them a role.");
        }
        if (role != Role.ADMINISTRATOR && scopeId == null) {
            throw new DirectoryInputException("scope", switch (role) {
                case INT_LEAD, MEMBER -> "Choose the INT.";
                case PPG_REPRESENTATIVE -> "Choose the PPG.";
                default -> "Choose the ICB.";
            });
        }
        Long scope = role == Role.ADMINISTRATOR ? null : scopeId;
        if (admin.holds(personId, role, scope)) {
            throw new DirectoryInputException("role", person.getDisplayName() + " is " + role.label()
                    + (scope == null ? "" : " there") + " already.");
        }
        RoleAssignment assignment = switch (role) {
            case INT_LEAD -> RoleAssignment.lead(person, team(scope));
            case MEMBER -> {
                Team team = team(scope);
                if (person.getOrganisation() == null
                        || !memberships.existsByTeamIdAndOrganisationId(scope, person.getOrganisation().getId())) {
                    throw new DirectoryInputException("role", person.getDisplayName() + " is not from a member "
                            + "organisation of " + team.getName() + ". Add their organisation to the INT first, or "
                            + "set the organisation they work for.");
                }
                yield RoleAssignment.member(person, team);
            }
            case PPG_REPRESENTATIVE -> RoleAssignment.ppgRepresentative(person, ppgs.findById(scope)
                    .orElseThrow(() -> new DirectoryInputException("scope", "That PPG no longer exists.")));
            case ICB_MANAGER -> RoleAssignment.icbManager(person, icbs.findById(scope)
                    .orElseThrow(() -> new DirectoryInputException("scope", "That ICB no longer exists.")));
            case ADMINISTRATOR -> RoleAssignment.administrator(person);
        };
        return roles.save(assignment).getId();
    }

    /**
     * Takes a role away; it takes effect on the person's next click. A member who leaves a team stops being their
     * organisation's signatory there. Who may: as for {@link #grantRole}. Nobody may remove the last administrator.
     *
     * @throws DirectoryInputException when it would leave the portal without an administrator
     */
    public void removeRole(long assignmentId) {
        RoleAssignment assignment = roles.findById(assignmentId)
                .orElseThrow(() -> new NoSuchElementException("That role has already been removed."));
        Role role = assignment.getRole();
        Long scope = switch (role) {
            case INT_LEAD, MEMBER -> assignment.getTeamId();
            case PPG_REPRESENTATIVE -> assignment.getPpgId();
            case ICB_MANAGER -> assignment.getIcbId();
            case ADMINISTRATOR -> null;
        };
        policy.requireRoleManager(role, scope);
        if (role == Role.ADMINISTRATOR && admin.countActiveAdministrators() <= 1) {
            throw new DirectoryInputException("role", "The portal needs at least one administrator. Make someone "
                    + "else an administrator first.");
        }
        if (role == Role.MEMBER || role == Role.INT_LEAD) {
            long personId = assignment.getPerson().getId();
            signatories.findByPersonId(personId).stream()
                    .filter(s -> s.getTeam().getId().equals(assignment.getTeamId()))
                    .filter(s -> !stillInTeam(personId, assignment))
                    .forEach(signatories::delete);
        }
        roles.delete(assignment);
    }

    /**
     * Names the person who signs for a member organisation in the team (terms of reference, bid commitments),
     * replacing whoever did. Administrators and the team's leads.
     *
     * @throws DirectoryInputException when the organisation is not a member of the team, or the person is not one of
     *         its people holding a role in the team, or their account is switched off
     */
    public void nameSignatory(long teamId, long organisationId, long personId) {
        policy.requireTeamManager(teamId);
        Team team = team(teamId);
        Organisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new DirectoryInputException("organisation", "That organisation no longer exists."));
        if (!memberships.existsByTeamIdAndOrganisationId(teamId, organisationId)) {
            throw new DirectoryInputException("organisation", organisation.getName() + " is not a member of "
                    + team.getName() + ".");
        }
        Person person = person(personId);
        if (!person.isEnabled()) {
            throw new DirectoryInputException("signatory", person.getDisplayName() + "'s account is switched off.");
        }
        boolean ofOrganisation = person.getOrganisation() != null
                && person.getOrganisation().getId() == organisationId;
        boolean inTeam = admin.holds(personId, Role.MEMBER, teamId) || admin.holds(personId, Role.INT_LEAD, teamId);
        if (!ofOrganisation || !inTeam) {
            throw new DirectoryInputException("signatory", person.getDisplayName() + " cannot sign for "
                    + organisation.getName() + ": the signatory must work for it and represent it in "
                    + team.getName() + ".");
        }
        signatories.find(teamId, organisationId).ifPresentOrElse(s -> s.changeTo(person),
                () -> signatories.save(new DesignatedSignatory(team, organisation, person)));
    }

    /**
     * Switches a person's account off: they can no longer sign in, their sessions end, they stop being any
     * organisation's signatory, and the tasks they had picked up go back to their teams, whose leads are told. Their
     * records, roles and history stay. Administrators only, and not on themself.
     *
     * @throws DirectoryInputException when it is the caller's own account, or already switched off
     */
    public void deactivate(long personId) {
        AccessProfile me = policy.requireAdministrator();
        if (me.personId() == personId) {
            throw new DirectoryInputException("person", "You cannot switch off your own account.");
        }
        Person person = person(personId);
        if (!person.isEnabled()) {
            throw new DirectoryInputException("person", person.getDisplayName() + "'s account is switched off already.");
        }
        Set<Long> teamIds = new HashSet<>();
        List<Long> ppgIds = new ArrayList<>();
        for (RoleAssignment r : admin.rolesOf(personId)) {
            if (r.getTeamId() != null) {
                teamIds.add(r.getTeamId());
            }
            if (r.getPpgId() != null) {
                ppgIds.add(r.getPpgId());
            }
        }
        if (!ppgIds.isEmpty()) {
            ppgs.findByIds(ppgIds).forEach(p -> teamIds.add(p.getTeam().getId()));
        }
        signatories.findByPersonId(personId).forEach(signatories::delete);
        person.deactivate(clock.instant());
        people.flush(); // the account is off before anyone reacts to it
        events.publishEvent(new PersonDeactivated(personId, person.getDisplayName(), teamIds));
    }

    /**
     * Switches a person's account back on, with the roles they held. Administrators only.
     *
     * @throws DirectoryInputException when the account is in use already
     */
    public void reactivate(long personId) {
        policy.requireAdministrator();
        Person person = person(personId);
        if (person.isEnabled()) {
            throw new DirectoryInputException("person", person.getDisplayName() + "'s account is in use already.");
        }
        person.reactivate();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    private boolean stillInTeam(long personId, RoleAssignment removed) {
        Role other = removed.getRole() == Role.MEMBER ? Role.INT_LEAD : Role.MEMBER;
        return admin.holds(personId, other, removed.getTeamId());
    }

    private Person person(long id) {
        return people.findById(id).orElseThrow(() -> new NoSuchElementException("No such person"));
    }

    private Team team(Long id) {
        return teams.findById(id).orElseThrow(() -> new DirectoryInputException("scope", "That INT no longer exists."));
    }

    /** Roles in words, with the names of their teams, PPGs and ICBs: three statements at most, whatever the count. */
    private List<RoleRow> describe(List<RoleAssignment> assignments) {
        Set<Long> teamIds = new HashSet<>();
        Set<Long> ppgIds = new HashSet<>();
        Set<Long> icbIds = new HashSet<>();
        assignments.forEach(r -> {
            if (r.getTeamId() != null) teamIds.add(r.getTeamId());
            if (r.getPpgId() != null) ppgIds.add(r.getPpgId());
            if (r.getIcbId() != null) icbIds.add(r.getIcbId());
        });
        Map<Long, String> teamNames = new HashMap<>();
        if (!teamIds.isEmpty()) teams.findAllById(teamIds).forEach(t -> teamNames.put(t.getId(), t.getName()));
        Map<Long, String> ppgNames = new HashMap<>();
        if (!ppgIds.isEmpty()) ppgs.findAllById(ppgIds).forEach(p -> ppgNames.put(p.getId(), p.getName()));
        Map<Long, String> icbNames = new HashMap<>();
        if (!icbIds.isEmpty()) icbs.findAllById(icbIds).forEach(i -> icbNames.put(i.getId(), i.getName()));
        Map<Long, RoleRow> rows = new LinkedHashMap<>();
        for (RoleAssignment r : assignments) {
            Long scope = r.getTeamId() != null ? r.getTeamId() : r.getPpgId() != null ? r.getPpgId() : r.getIcbId();
            String scopeName = r.getTeamId() != null ? teamNames.get(r.getTeamId())
                    : r.getPpgId() != null ? ppgNames.get(r.getPpgId())
                    : r.getIcbId() != null ? icbNames.get(r.getIcbId()) : null;
            rows.put(r.getId(), new RoleRow(r.getId(), r.getPerson().getId(), r.getPerson().getDisplayName(),
                    r.getRole(), scope, scopeName));
        }
        return List.copyOf(rows.values());
    }

    private static String name(String value, String what) {
        String n = value == null ? "" : value.strip();
        if (n.isEmpty()) {
            throw new DirectoryInputException("name", "Enter the name of " + what + ".");
        }
        if (n.length() > NAME_LENGTH) {
            throw new DirectoryInputException("name", "A name can be at most " + NAME_LENGTH + " characters.");
        }
        return n;
    }

    private static String optional(String value, int length, String field, String what) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (v.length() > length) {
            throw new DirectoryInputException(field, what + " can be at most " + length + " characters.");
        }
        return v;
    }

    private static long orNone(Long id) {
        return id == null ? -1L : id;
    }

    private static TeamRow row(Team t) {
        return new TeamRow(t.getId(), t.getName(), t.getIcb().getId(), t.getIcb().getName(), t.getPlace(),
                t.getDescription());
    }

    private static PersonRow row(Person p) {
        return new PersonRow(p.getId(), p.getDisplayName(), p.getEmail(), p.getJobTitle(),
                p.getOrganisation() == null ? null : p.getOrganisation().getId(),
                p.getOrganisation() == null ? null : p.getOrganisation().getName(), p.getDeactivatedAt());
    }
}
