package org.neighbourhoodportal.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.directory.domain.DesignatedSignatory;
import org.neighbourhoodportal.directory.domain.DesignatedSignatoryRepository;
import org.neighbourhoodportal.directory.domain.Icb;
import org.neighbourhoodportal.directory.domain.IcbRepository;
import org.neighbourhoodportal.directory.domain.Organisation;
import org.neighbourhoodportal.directory.domain.OrganisationRepository;
import org.neighbourhoodportal.directory.domain.Person;
import org.neighbourhoodportal.directory.domain.PersonRepository;
import org.neighbourhoodportal.directory.domain.Ppg;
import org.neighbourhoodportal.directory.domain.PpgRepository;
import org.neighbourhoodportal.directory.domain.RoleAssignment;
import org.neighbourhoodportal.directory.domain.RoleAssignmentRepository;
import org.neighbourhoodportal.directory.domain.Team;
import org.neighbourhoodportal.directory.domain.TeamMembership;
import org.neighbourhoodportal.directory.domain.TeamMembershipRepository;
import org.neighbourhoodportal.directory.domain.TeamRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo directory, drawn from the seed documents: Harborough INT in LLR (its member organisations and the PPGs of
 * two larger practices) and Mid and South Essex ICB with Thurrock's four INTs, one per PCN. Loaded once, in the demo
 * profile only; every account it creates is flagged as a demo account.
 */
@Component
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
public class DemoDirectoryData {

    /** The password of every demo account; listed in the README. */
    public static final String DEMO_PASSWORD = "neighbourhood";

    public static final String LEAD = "lead@harborough.demo";
    public static final String MEMBER = "member@harborough.demo";
    public static final String COUNCIL_MEMBER = "council@harborough.demo";
    public static final String PPG_REP = "ppg@harborough.demo";
    public static final String SECOND_PPG_REP = "ppg.slmg@harborough.demo";
    public static final String ICB_MANAGER = "icb@midandsouthessex.demo";
    /** The ICB manager of Harborough's ICB (Leicester, Leicestershire and Rutland), who reads its INTs' records. */
    public static final String LLR_ICB_MANAGER = "icb@llr.demo";
    public static final String THURROCK_LEAD = "lead@thurrock.demo";
    /** The leads of Thurrock INTs 1–3 (INT 4's is {@link #THURROCK_LEAD}), so each INT's records are its own people's. */
    public static final String THURROCK_INT1_LEAD = "lead.aop@thurrock.demo";
    public static final String THURROCK_INT2_LEAD = "lead.grays@thurrock.demo";
    public static final String THURROCK_INT3_LEAD = "lead.tilbury@thurrock.demo";
    public static final String ADMINISTRATOR = "admin@portal.demo";

    public static final String HARBOROUGH = "Harborough INT";

    private static final Logger log = LoggerFactory.getLogger(DemoDirectoryData.class);

    private final IcbRepository icbs;
    private final TeamRepository teams;
    private final OrganisationRepository organisations;
    private final TeamMembershipRepository memberships;
    private final PpgRepository ppgs;
    private final PersonRepository people;
    private final RoleAssignmentRepository roles;
    private final PasswordEncoder passwords;
    private final DesignatedSignatoryRepository signatories;

    DemoDirectoryData(IcbRepository icbs, TeamRepository teams, OrganisationRepository organisations,
                      TeamMembershipRepository memberships, PpgRepository ppgs, PersonRepository people,
                      RoleAssignmentRepository roles, PasswordEncoder passwords,
                      DesignatedSignatoryRepository signatories) {
        this.icbs = icbs;
        this.teams = teams;
        this.organisations = organisations;
        this.memberships = memberships;
        this.ppgs = ppgs;
        this.people = people;
        this.roles = roles;
        this.passwords = passwords;
        this.signatories = signatories;
    }

    /** @return true if it loaded the directory now, false if it was there already */
    @Transactional
    public boolean load() {
        if (teams.findByName(HARBOROUGH).isPresent()) {
            return false;
        }
        log.info("Loading the demo directory (Harborough INT; Mid and South Essex ICB's Thurrock INTs)");
        String hash = passwords.encode(DEMO_PASSWORD);

        Icb llr = icbs.save(new Icb("NHS Leicester, Leicestershire and Rutland ICB", "LLR"));
        Team harborough = teams.save(new Team(llr, HARBOROUGH, "Leicestershire County",
                "A multi-organisational forum that meets monthly, covering the Harborough District Council area "
                        + "including Lutterworth and Broughton Astley. Vision: to enhance each individual's health "
                        + "and wellbeing experience through collaborative working."));
        Map<String, Organisation> org = new LinkedHashMap<>();
        for (Object[] o : new Object[][]{
                {"Market Harborough Medical Centre", Sector.GENERAL_PRACTICE},
                {"South Leicestershire Medical Group (SLMG)", Sector.GENERAL_PRACTICE},
                {"ELR GP Federation", Sector.GENERAL_PRACTICE},
                {"Leicestershire Partnership NHS Trust (LPT)", Sector.COMMUNITY_HEALTH},
                {"Leicestershire County Council – Adult Social Care", Sector.ADULT_SOCIAL_CARE},
                {"Leicestershire County Council – Public Health", Sector.PUBLIC_HEALTH},
                {"Leicestershire County Council – Local Area Coordinators", Sector.LOCAL_AUTHORITY},
                {"Harborough District Council", Sector.LOCAL_AUTHORITY},
                {"Voluntary Action South Leicestershire (VASL)", Sector.VCSE},
                {"Royal Voluntary Service", Sector.VCSE},
                {"Home-Start South Leicestershire", Sector.VCSE},
                {"Harborough Children's and Young People's Charity (HCYC)", Sector.VCSE},
                {"Age UK Leicester Shire & Rutland", Sector.VCSE},
                {"Healthwatch Leicester and Leicestershire", Sector.HEALTHWATCH},
                {"Leicestershire Fire & Rescue Service", Sector.EMERGENCY_SERVICES},
                {"LLR ICB – Integration and Transformation", Sector.ICB}}) {
            Organisation saved = organisations.save(new Organisation((String) o[0], (Sector) o[1]));
            org.put((String) o[0], saved);
            memberships.save(new TeamMembership(harborough, saved));
        }
        Ppg mhmc = ppgs.save(new Ppg(harborough, org.get("Market Harborough Medical Centre"),
                "Market Harborough Medical Centre PPG"));
        Ppg slmg = ppgs.save(new Ppg(harborough, org.get("South Leicestershire Medical Group (SLMG)"), "SLMG PPG"));

        Icb mse = icbs.save(new Icb("NHS Mid and South Essex ICB", "MSE"));
        Organisation thurrockCouncil = organisations.save(
                new Organisation("Thurrock Council – Adult Social Care", Sector.ADULT_SOCIAL_CARE));
        Organisation eput = organisations.save(
                new Organisation("Essex Partnership University NHS Foundation Trust (EPUT)", Sector.MENTAL_HEALTH));
        Organisation nelft = organisations.save(
                new Organisation("North East London NHS Foundation Trust (NELFT)", Sector.COMMUNITY_HEALTH));
        Organisation cvs = organisations.save(new Organisation("Thurrock CVS", Sector.VCSE));
        Organisation healthwatch = organisations.save(new Organisation("Healthwatch Thurrock", Sector.HEALTHWATCH));
        Team slh = null;
        List<Team> thurrockTeams = new java.util.ArrayList<>();
        List<Organisation> thurrockPcns = new java.util.ArrayList<>();
        for (String[] t : new String[][]{
                {"Thurrock INT 1 – Aveley, Ockendon and Purfleet", "Aveley, Ockendon and Purfleet PCN"},
                {"Thurrock INT 2 – Grays", "Grays PCN"},
                {"Thurrock INT 3 – Tilbury and Chadwell", "Tilbury and Chadwell PCN"},
                {"Thurrock INT 4 – Stanford-le-Hope (SLH)", "Stanford-le-Hope, Corringham and Horndon PCN"}}) {
            Team team = teams.save(new Team(mse, t[0], "Thurrock",
                    "One of four Thurrock INTs, each covering the same area as its PCN. Early priorities: high "
                            + "intensity users, nutrition, isolation, weight management."));
            Organisation pcn = organisations.save(new Organisation(t[1], Sector.PRIMARY_CARE_NETWORK));
            for (Organisation member : List.of(pcn, thurrockCouncil, eput, nelft, cvs, healthwatch)) {
                memberships.save(new TeamMembership(team, member));
            }
            thurrockTeams.add(team);
            thurrockPcns.add(pcn);
            slh = team;
        }

        Person lead = person(LEAD, "Helen Carter", "INT Coordinator", org.get("LLR ICB – Integration and Transformation"), hash);
        roles.save(RoleAssignment.lead(lead, harborough));
        Person member = person(MEMBER, "Priya Shah", "Community Services Manager",
                org.get("Voluntary Action South Leicestershire (VASL)"), hash);
        roles.save(RoleAssignment.member(member, harborough));
        Person council = person(COUNCIL_MEMBER, "Jo Bennett", "Health and Wellbeing Manager",
                org.get("Harborough District Council"), hash);
        roles.save(RoleAssignment.member(council, harborough));
        Person ppgRep = person(PPG_REP, "Margaret Ellis", "Chair, Market Harborough Medical Centre PPG", null, hash);
        roles.save(RoleAssignment.ppgRepresentative(ppgRep, mhmc));
        Person slmgRep = person(SECOND_PPG_REP, "Ray Turner", "Secretary, SLMG PPG", null, hash);
        roles.save(RoleAssignment.ppgRepresentative(slmgRep, slmg));
        Person icbManager = person(ICB_MANAGER, "Grace Adeyemi", "Head of Neighbourhood Development", null, hash);
        roles.save(RoleAssignment.icbManager(icbManager, mse));
        Person llrManager = person(LLR_ICB_MANAGER, "Dev Mistry", "Head of Place-Led Partnerships", null, hash);
        roles.save(RoleAssignment.icbManager(llrManager, llr));
        Person thurrockLead = person(THURROCK_LEAD, "Tom Whitfield", "INT Manager", cvs, hash);
        roles.save(RoleAssignment.lead(thurrockLead, slh));
        String[][] otherThurrockLeads = {
                {THURROCK_INT1_LEAD, "Sunita Rao", "INT Coordinator"},
                {THURROCK_INT2_LEAD, "Michael Okafor", "INT Coordinator"},
                {THURROCK_INT3_LEAD, "Claire Benson", "INT Manager"}};
        for (int i = 0; i < otherThurrockLeads.length; i++) {
            String[] p = otherThurrockLeads[i];
            roles.save(RoleAssignment.lead(person(p[0], p[1], p[2], thurrockPcns.get(i), hash),
                    thurrockTeams.get(i)));
        }
        Person admin = person(ADMINISTRATOR, "Portal Administrator", "Digital Services", null, hash);
        roles.save(RoleAssignment.administrator(admin));

        // --- designated signatories (issue 9): every Harborough member organisation has one, who represents it ---
        Map<String, Person> signsFor = new LinkedHashMap<>();
        signsFor.put("LLR ICB – Integration and Transformation", lead);
        signsFor.put("Voluntary Action South Leicestershire (VASL)", member);
        signsFor.put("Harborough District Council", council);
        for (String[] p : new String[][]{
                {"Market Harborough Medical Centre", "signatory.mhmc", "Dr Anil Mehta", "Senior Partner"},
                {"South Leicestershire Medical Group (SLMG)", "signatory.slmg", "Dr Claire Hughes", "Managing Partner"},
                {"ELR GP Federation", "signatory.elr", "Mark Dawson", "Chief Operating Officer"},
                {"Leicestershire Partnership NHS Trust (LPT)", "signatory.lpt", "Sarah Lowe",
                        "Head of Community Services, Harborough"},
                {"Leicestershire County Council – Adult Social Care", "signatory.lcc-asc", "David Price",
                        "Head of Adult Social Care Locality"},
                {"Leicestershire County Council – Public Health", "signatory.lcc-ph", "Amira Khan",
                        "Consultant in Public Health"},
                {"Leicestershire County Council – Local Area Coordinators", "signatory.lcc-lac", "Neil Foster",
                        "Local Area Coordination Manager"},
                {"Royal Voluntary Service", "signatory.rvs", "Linda Shaw", "Area Manager"},
                {"Home-Start South Leicestershire", "signatory.homestart", "Kate Morris", "Scheme Manager"},
                {"Harborough Children's and Young People's Charity (HCYC)", "signatory.hcyc", "Sam Clarke",
                        "Chief Executive"},
                {"Age UK Leicester Shire & Rutland", "signatory.ageuk", "Paul Grant", "Services Director"},
                {"Healthwatch Leicester and Leicestershire", "signatory.healthwatch", "Fiona Reid", "Manager"},
                {"Leicestershire Fire & Rescue Service", "signatory.fire", "Rob Walsh", "Station Manager"}}) {
            Person signatory = person(p[1] + "@harborough.demo", p[2], p[3], org.get(p[0]), hash);
            roles.save(RoleAssignment.member(signatory, harborough));
            signsFor.put(p[0], signatory);
        }
        signsFor.forEach((name, person) -> signatories.save(new DesignatedSignatory(harborough, org.get(name),
                person)));
        return true;
    }

    private Person person(String email, String name, String title, Organisation organisation, String hash) {
        return people.save(new Person(email, name, title, organisation, hash, true));
    }
}
