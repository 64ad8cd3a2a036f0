package org.neighbourhoodportal.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.demo.DemoData;
import org.neighbourhoodportal.directory.DemoDirectoryData;
import org.neighbourhoodportal.directory.DirectoryAdministration;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.directory.Role;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Harborough's governance in the demo (seeds 000 and 003), made through the same services and tasks people use:
 * its leadership group formed (a gap accepted), its terms of reference agreed and signed by every member
 * organisation's designated signatory (named here, as the INT lead may, where the directory has none), and a
 * revision out for comment.
 */
@Component
@Order(1200)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class GovernanceDemoData implements DemoData {

    private static final String CORE = "Mental health";

    private final LeadershipGroupService groups;
    private final LeadershipGroupTasks groupTasks;
    private final AgreementService agreements;
    private final AgreementTasks agreementTasks;
    private final WorkflowService workflow;
    private final RoundService rounds;
    private final DirectoryService directory;
    private final DirectoryAdministration administration;
    private final CurrentUser currentUser;
    private final RunAs runAs;
    private final Clock clock;

    GovernanceDemoData(LeadershipGroupService groups, LeadershipGroupTasks groupTasks, AgreementService agreements,
                       AgreementTasks agreementTasks, WorkflowService workflow, RoundService rounds,
                       DirectoryService directory, DirectoryAdministration administration, CurrentUser currentUser,
                       RunAs runAs, Clock clock) {
        this.groups = groups;
        this.groupTasks = groupTasks;
        this.agreements = agreements;
        this.agreementTasks = agreementTasks;
        this.workflow = workflow;
        this.rounds = rounds;
        this.directory = directory;
        this.administration = administration;
        this.currentUser = currentUser;
        this.runAs = runAs;
        this.clock = clock;
    }

    @Override
    public String loadAs() {
        return DemoDirectoryData.LEAD;
    }

    @Override
    public void load() {
        long team = currentUser.require().ledTeams().stream()
                .filter(t -> directory.team(t).name().equals(DemoDirectoryData.HARBOROUGH)).findFirst().orElseThrow();
        LocalDate today = LocalDate.now(clock);
        leadershipGroup(team, today);
        Map<Long, String> signatories = signatories(team);
        agreedTermsOfReference(team, today, signatories);
        share(draft(team, "Harborough INT terms of reference: 2027 revision", today,
                "Six members, including the lead GP or PCN clinical director and adult social care."));
    }

    private void leadershipGroup(long team, LocalDate today) {
        Map<String, Object> seats = new HashMap<>();
        seats.put("teamId", Long.toString(team));
        seats.put("name", "Harborough INT leadership group");
        seats.put("coreSeats", List.of("Lead GP or PCN clinical director", "Adult social care", CORE, "VCSE"));
        seats.put("sponsorSeat", "Senior sponsor (LLR ICB)");
        seats.put("otherSeats", "Leicestershire Fire & Rescue\nChildren and young people");
        seats.put("termMonths", 24L);
        seats.put("closesOn", today.plusWeeks(2));
        long group = require(groups.start(seats));
        nominate(DemoDirectoryData.MEMBER, group, List.of("VCSE"), "Chairs the VCSE network in Harborough.");
        nominate(DemoDirectoryData.COUNCIL_MEMBER, group, List.of("Adult social care"),
                "Leads on health and wellbeing for the district council.");
        // enough members for the ToR's quorum of six, the lead GP among them (the meetings demo relies on it)
        nominate("signatory.mhmc@harborough.demo", group, List.of("Lead GP"),
                "Senior partner; clinical lead for the PCN's frailty work.");
        nominate("signatory.lpt@harborough.demo", group, List.of(CORE), "Leads LPT's Harborough locality team.");
        nominate("signatory.hcyc@harborough.demo", group, List.of("Children and young people"),
                "Runs the district's children and young people's charity.");
        nominate("signatory.fire@harborough.demo", group, List.of("Leicestershire Fire"),
                "Leads safe and well visits in the district.");
        rounds.closeEarly(groups.latestRound(group).orElseThrow().id(), "Every organisation that will nominate has.");
        complete(DemoDirectoryData.LEAD, first(groupTasks.yoursOn(group)), Map.of("nextStep", "accept-gaps",
                "reason", "The ICB names the senior sponsor next month; the group can meet without one until then."));
        WorkItem confirm = first(groupTasks.yoursOn(group));
        complete(DemoDirectoryData.LEAD, confirm, Map.of("appointments",
                workflow.form(confirm.id()).values().get("appointments")));
    }

    private void nominate(String person, long group, List<String> seatNames, String why) {
        runAs.person(person, () -> {
            WorkItem task = first(groupTasks.yoursOn(group));
            Map<String, List<Option>> options = workflow.form(task.id()).options();
            List<String> seats = options.get("seats").stream()
                    .filter(o -> seatNames.stream().anyMatch(n -> o.label().startsWith(n))).map(Option::value).toList();
            long me = currentUser.require().personId();
            complete(person, task, Map.of("seats", seats, "nomineeId", Long.toString(me), "statement", why));
        });
    }

    /** Each member organisation's designated signatory: the directory's, or a person named here for the demo. */
    private Map<Long, String> signatories(long team) {
        Map<Long, String> emails = new HashMap<>();
        for (OrganisationSummary o : directory.memberOrganisations(team)) {
            var named = administration.signatoryOf(team, o.id());
            if (named.isPresent()) {
                emails.put(o.id(), directory.recipients(List.of(named.get().id()), List.of()).get(0).email());
                continue;
            }
            String email = "signatory" + o.id() + "@harborough.example";
            long person = administration.savePerson(null, email, "Signatory for " + o.name(), "Chief Executive",
                    o.id());
            administration.grantRole(person, Role.MEMBER, team);
            administration.nameSignatory(team, o.id(), person);
            emails.put(o.id(), email);
        }
        return emails;
    }

    private void agreedTermsOfReference(long team, LocalDate today, Map<Long, String> signatories) {
        long id = share(draft(team, "Harborough INT terms of reference", today, "Four members."));
        runAs.person(DemoDirectoryData.MEMBER, () -> complete(DemoDirectoryData.MEMBER,
                first(agreementTasks.yoursOn(id)), Map.of("stance", "comments", "section", "quorum",
                        "comment", "Four is too few for sixteen organisations: please make it six.",
                        "objection", true)));
        runAs.person(DemoDirectoryData.COUNCIL_MEMBER, () -> complete(DemoDirectoryData.COUNCIL_MEMBER,
                first(agreementTasks.yoursOn(id)), Map.of("stance", "no-objection")));
        rounds.closeEarly(agreements.latestRound(id).orElseThrow().id(), "Enough answers to revise.");
        WorkItem revise = first(agreementTasks.yoursOn(id));
        Map<String, Object> values = new HashMap<>(workflow.form(revise.id()).values());
        values.put("quorum", "Six members, including the lead GP or PCN clinical director.");
        values.put("quorumMembers", 6L);
        values.put("quorumSeats", "Lead GP or PCN clinical director");
        values.put("changeNote", "Quorum raised to six, as VASL asked.");
        values.put("closeReason", "VASL's objection is met: the quorum is now six.");
        values.put("nextStep", "sign-off");
        values.put("closesOn", today.plusWeeks(2));
        complete(DemoDirectoryData.LEAD, revise, values);
        for (String email : signatories.values()) {
            runAs.person(email, () -> complete(email, first(agreementTasks.yoursOn(id)),
                    Map.of("role", "Chief Executive", "agree", true)));
        }
    }

    private Map<String, Object> draft(long team, String title, LocalDate today, String quorum) {
        Map<String, Object> values = new HashMap<>();
        values.put("teamId", Long.toString(team));
        values.put("kind", "TOR");
        values.put("title", title);
        values.put("purpose", "Harborough INT brings general practice, community and mental health services, the "
                + "councils and the voluntary sector together to enhance each individual's health and wellbeing "
                + "experience through collaborative working, across the Harborough District Council area including "
                + "Lutterworth and Broughton Astley.");
        values.put("status", "These terms of reference are not a contract and create no legal obligations.");
        values.put("membership", "The member organisations listed in the portal's directory. Each may send a "
                + "substitute. The group may co-opt members for a piece of work.");
        values.put("chair", "The INT coordinator chairs; a vice-chair is chosen from the members each year.");
        values.put("quorum", quorum);
        values.put("decisions", "By consensus. Where none is reached the senior sponsor decides, and any member "
                + "may ask for the matter to go to the place partnership.");
        values.put("interests", "Members declare interests at the start of each meeting; the register is kept "
                + "with the papers.");
        values.put("information", "No personal data is shared at meetings. Data sharing follows the LLR "
                + "information sharing agreement.");
        values.put("meetings", "Monthly. Papers go out five working days before.");
        values.put("review", "Reviewed every year. Changed by agreement of all members. A member may leave with "
                + "three months' notice. Disputes go first to the chair, then to the senior sponsor.");
        values.put("signatories", "Each organisation signs through its authorised signatory under its own scheme "
                + "of delegation.");
        values.put("quorumMembers", 4L);
        values.put("decisionMethod", "consensus");
        values.put("conflictsRule", "declare-no-decision");
        values.put("reviewOn", today.plusYears(1));
        values.put("closesOn", today.plusWeeks(3));
        return values;
    }

    private long share(Map<String, Object> values) {
        return require(agreements.share(values));
    }

    private static long require(org.neighbourhoodportal.workflow.StartOutcome outcome) {
        if (!outcome.isSaved()) {
            throw new IllegalStateException("Governance demo data refused: " + outcome.errors());
        }
        return outcome.recordId();
    }

    private void complete(String person, WorkItem task, Map<String, Object> values) {
        var outcome = workflow.complete(task.id(), values);
        if (!outcome.errors().isEmpty()) {
            throw new IllegalStateException("Governance demo data: " + person + "'s " + task.taskKey()
                    + " was refused: " + outcome.errors());
        }
    }

    private static WorkItem first(List<WorkItem> tasks) {
        return tasks.stream().findFirst().orElseThrow(() -> new IllegalStateException("Governance demo: no task"));
    }
}
