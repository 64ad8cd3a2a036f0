package org.neighbourhoodportal.workplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.workplan.domain.Baseline;
import org.neighbourhoodportal.workplan.domain.BaselineEntry;
import org.neighbourhoodportal.workplan.domain.BaselineEntryRepository;
import org.neighbourhoodportal.workplan.domain.BaselineRepository;
import org.neighbourhoodportal.workplan.domain.Framework;
import org.neighbourhoodportal.workplan.domain.FrameworkItem;
import org.neighbourhoodportal.workplan.domain.FrameworkItemRepository;
import org.neighbourhoodportal.workplan.domain.FrameworkRepository;
import org.neighbourhoodportal.workplan.domain.PlanAction;
import org.neighbourhoodportal.workplan.domain.PlanActionRepository;
import org.neighbourhoodportal.workplan.domain.Priority;
import org.neighbourhoodportal.workplan.domain.PriorityRepository;
import org.neighbourhoodportal.workplan.domain.PriorityUpdate;
import org.neighbourhoodportal.workplan.domain.PriorityUpdateRepository;
import org.neighbourhoodportal.workplan.domain.Risk;
import org.neighbourhoodportal.workplan.domain.RiskRepository;
import org.neighbourhoodportal.workplan.domain.Workplan;
import org.neighbourhoodportal.workplan.domain.WorkplanRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo work plans drawn from the seeds: Harborough INT's work plan headlines and five local objectives (seed 000),
 * with a history of updates and a board baseline; Thurrock INT 4's early priorities (seed 001). Dates are set
 * relative to today so the demo always shows something due, something overdue and something slipping.
 */
@Component
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
public class DemoWorkplanData {

    private final DirectoryService directory;
    private final FrameworkRepository frameworks;
    private final FrameworkItemRepository frameworkItems;
    private final WorkplanRepository plans;
    private final PriorityRepository priorities;
    private final PlanActionRepository actions;
    private final PriorityUpdateRepository updates;
    private final RiskRepository risks;
    private final BaselineRepository baselines;
    private final BaselineEntryRepository baselineEntries;
    private final org.neighbourhoodportal.timeline.Timeline timeline;
    private final Clock clock;
    private final ZoneId zone;

    DemoWorkplanData(DirectoryService directory, FrameworkRepository frameworks, FrameworkItemRepository frameworkItems,
                     WorkplanRepository plans, PriorityRepository priorities, PlanActionRepository actions,
                     PriorityUpdateRepository updates, RiskRepository risks, BaselineRepository baselines,
                     BaselineEntryRepository baselineEntries, org.neighbourhoodportal.timeline.Timeline timeline,
                     Clock clock) {
        this.timeline = timeline;
        this.directory = directory;
        this.frameworks = frameworks;
        this.frameworkItems = frameworkItems;
        this.plans = plans;
        this.priorities = priorities;
        this.actions = actions;
        this.updates = updates;
        this.risks = risks;
        this.baselines = baselines;
        this.baselineEntries = baselineEntries;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    @Transactional
    public void load() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        LocalDate start = LocalDate.of(year, 4, 1);
        LocalDate end = LocalDate.of(year + 1, 3, 31);
        harborough(today, year, start, end);
        thurrock(today, year, start, end);
    }

    private void harborough(LocalDate today, int year, LocalDate start, LocalDate end) {
        TeamSummary team = team("Harborough INT");
        Framework local = frameworks.save(new Framework("LOCAL_" + team.id(), "Harborough INT objectives", "2023",
                "Harborough Integrated Neighbourhood Team, objectives of the LILT and the fifth added later", team.id(),
                10));
        String[] objectives = {
                "Improving the health and wellbeing of individuals at home",
                "Promoting independence, self-management and the prevention of illness",
                "Working smarter as a care community within the wider team",
                "Identify gaps and overlaps within the current offering(s)",
                "Ensuring we tackle loneliness and isolation within everything we do"};
        for (int i = 0; i < objectives.length; i++) {
            frameworkItems.save(new FrameworkItem(local.getId(), "OBJ" + (i + 1), objectives[i], null, i + 1));
        }
        Tags tags = new Tags(team.id());
        Workplan plan = plans.save(new Workplan(team.id(), year, "Harborough INT work plan " + label(year),
                start.atStartOfDay(zone).toInstant()));
        People people = new People(team.id());
        Orgs orgs = new Orgs(team.id());
        long helen = people.id("Helen Carter");
        long priya = people.id("Priya Shah");
        long jo = people.id("Jo Bennett");

        Priority gsp = priority(plan, 1, "Green and blue social prescribing",
                "After an unsuccessful bid for central funds the INT chose to develop green social prescribing "
                        + "locally: outdoor activities that help physical and mental health, now including blue "
                        + "(water-based) activities.",
                orgs.id("Harborough District Council"), jo, start, end, Rag.GREEN, null,
                tags.of("FULLER:PREVENTION", "NH_COMPONENTS:MDT", "PCN_MATURITY:PEOPLE", "LOCAL:OBJ2", "LOCAL:OBJ5"));
        action(gsp, 1, "Map outdoor activity providers across the district", jo, start.plusMonths(2), ActionStatus.DONE, 100, false);
        action(gsp, 2, "Agree referral route from PCN health and wellbeing teams", priya, today.minusWeeks(3), ActionStatus.DONE, 100, false);
        action(gsp, 3, "Launch blue prescribing pilot at the canal basin", jo, today.plusWeeks(5), ActionStatus.IN_PROGRESS, 40, true);
        action(gsp, 4, "Report first six months' referrals to the INT", helen, end.minusMonths(1), ActionStatus.NOT_STARTED, 0, false);
        history(gsp, helen, start.plusDays(10), Rag.GREEN, "Priority carried forward from last year's plan.");
        history(gsp, jo, start.plusMonths(3), Rag.AMBER, "Two walking group leaders have stepped down; recruiting.");
        history(gsp, jo, start.plusMonths(5), Rag.GREEN, "New leaders in place; 38 referrals so far.");

        Priority cyp = priority(plan, 2, "Better engagement with children and young people",
                "Today's children and young people are the service users of today and tomorrow: raise awareness of "
                        + "services and of the changing roles in general practice, with HCYC and its Speak Out magazine.",
                orgs.id("Harborough Children's and Young People's Charity (HCYC)"), helen, start, end, Rag.AMBER,
                "Speak Out slot agreed, but no secondary school contact yet.",
                tags.of("FULLER:PREVENTION", "PCN_MATURITY:PEOPLE", "LOCAL:OBJ2"));
        action(cyp, 1, "Article on roles in general practice for Speak Out", helen, today.minusWeeks(2), ActionStatus.IN_PROGRESS, 70, false);
        action(cyp, 2, "Find a contact in each secondary school", priya, today.minusDays(10), ActionStatus.BLOCKED, 20, false);
        action(cyp, 3, "Young people's session at an INT meeting", helen, today.plusMonths(2), ActionStatus.NOT_STARTED, 0, true);
        history(cyp, helen, start.plusMonths(1), Rag.GREEN, "HCYC keen to work with us.");
        history(cyp, helen, start.plusMonths(6), Rag.AMBER, "Speak Out slot agreed, but no secondary school contact yet.");
        risk(cyp, RiskKind.RISK, "Schools do not have capacity to engage before the summer term", 3, 3, priya,
                "Ask the county's school health team to introduce us");

        Priority armed = priority(plan, 3, "Tailoring services to the Armed Forces community",
                "The Armed Forces community is 3.9% of Harborough (more in neighbouring Rutland): services that meet "
                        + "its needs improve them for everyone.",
                orgs.id("Harborough District Council"), jo, start, end, Rag.GREEN, null,
                tags.of("FULLER:ACCESS", "NH_COMPONENTS:MODERN_GP", "LOCAL:OBJ3"));
        action(armed, 1, "Veteran-friendly accreditation for every practice", jo, today.plusMonths(3), ActionStatus.IN_PROGRESS, 50, false);
        action(armed, 2, "Armed Forces Liaison Officer at the INT meeting", jo, start.plusMonths(4), ActionStatus.DONE, 100, false);
        history(armed, jo, start.plusMonths(2), Rag.GREEN, "Three of six practices accredited.");

        Priority fire = priority(plan, 4, "Cross-organisational working with Fire & Rescue",
                "Coordinate home assessments with Leicestershire Fire & Rescue Service and widen cross-referral for "
                        + "people who need help at home.",
                orgs.id("Leicestershire Fire & Rescue Service"), helen, start.plusMonths(1), end.minusMonths(2),
                Rag.RED, "Information-sharing agreement not yet signed, so referrals cannot start.",
                tags.of("FULLER:PROACTIVE", "NH_COMPONENTS:INTERMEDIATE", "PCN_MATURITY:INTEGRATING", "LOCAL:OBJ1",
                        "LOCAL:OBJ3"));
        action(fire, 1, "Draft the information-sharing agreement", helen, today.minusWeeks(6), ActionStatus.DONE, 100, false);
        action(fire, 2, "Signatures from all three organisations", helen, today.minusWeeks(1), ActionStatus.BLOCKED, 30, true);
        action(fire, 3, "Joint home safety and falls checklist", priya, today.plusWeeks(8), ActionStatus.NOT_STARTED, 0, false);
        history(fire, helen, start.plusMonths(2), Rag.GREEN, "Fire & Rescue agreed to a joint approach.");
        history(fire, helen, start.plusMonths(5), Rag.AMBER, "Information governance leads asked for a formal agreement.");
        history(fire, helen, today.minusWeeks(1), Rag.RED, "Information-sharing agreement not yet signed, so referrals cannot start.");
        risk(fire, RiskKind.ISSUE, "Information-sharing agreement unsigned by the trust", 5, 4, helen,
                "Escalated to the ICB's information governance lead");

        Priority mh = priority(plan, 5, "Mental health initiatives",
                "Some GPs report that as much as 70% of appointments relate to mental health: themed meetings, the "
                        + "Wellness Garden in Market Harborough and PCN mobile sessions with the Coffee Bus.",
                orgs.id("Leicestershire Partnership NHS Trust (LPT)"), priya, start, end, Rag.GREEN, null,
                tags.of("FULLER:PROACTIVE", "NH_COMPONENTS:MDT", "PCN_MATURITY:INTEGRATING", "LOCAL:OBJ1", "LOCAL:OBJ5"));
        action(mh, 1, "Coffee Bus mobile sessions in three villages", priya, today.plusWeeks(2), ActionStatus.IN_PROGRESS, 60, false);
        action(mh, 2, "Themed INT meeting on men's mental health", helen, today.plusWeeks(6), ActionStatus.NOT_STARTED, 0, true);
        history(mh, priya, start.plusMonths(4), Rag.GREEN, "Wellness Garden open three days a week.");

        Priority joint = priority(plan, 6, "Encouraging joint working and joint bids",
                "Link organisations where joint initiatives, bids or collaboration benefit everybody; act as a "
                        + "consultation body for members' strategies, most recently HDC's Health and Wellbeing Strategy.",
                orgs.id("Voluntary Action South Leicestershire (VASL)"), priya, start, end, Rag.GREEN, null,
                tags.of("PCN_MATURITY:LEADERSHIP", "PCN_MATURITY:RESOURCES", "LOCAL:OBJ3", "LOCAL:OBJ4"));
        action(joint, 1, "Respond to HDC's Health and Wellbeing Strategy consultation", priya, start.plusMonths(3), ActionStatus.DONE, 100, false);
        action(joint, 2, "Funding opportunities digest each quarter", priya, today.plusWeeks(3), ActionStatus.IN_PROGRESS, 75, false);
        history(joint, priya, start.plusMonths(3), Rag.GREEN, "INT response to HDC's Health and Wellbeing Strategy sent.");

        Priority admiral = priority(plan, 7, "An Admiral Nurse for Harborough",
                "The INT pushed the case for an Admiral Nurse (dementia specialist); funding was secured and an "
                        + "excellent candidate employed.",
                orgs.id("Leicestershire Partnership NHS Trust (LPT)"), helen, start, start.plusMonths(5), Rag.BLUE,
                null, tags.of("FULLER:PROACTIVE", "LOCAL:OBJ1"));
        action(admiral, 1, "Admiral Nurse in post", helen, start.plusMonths(4), ActionStatus.DONE, 100, true);
        history(admiral, helen, start.plusMonths(5), Rag.BLUE, "Admiral Nurse started in post.");

        // The plan as agreed at the September board, before the Fire & Rescue agreement slipped.
        LocalDate boardDay = LocalDate.of(year, 9, 18);
        Baseline board = baselines.save(new Baseline(plan.getId(), "INT board, September " + year,
                boardDay.atTime(14, 0).atZone(zone).toInstant(), helen));
        for (Priority p : priorities.findByWorkplanIdOrderBySortOrderAscIdAsc(plan.getId())) {
            LocalDate endsThen = p == fire ? p.getEndsOn().minusMonths(2) : p.getEndsOn();
            baselineEntries.save(new BaselineEntry(board.getId(), BaselineEntry.PRIORITY, p.getId(), p.getTitle(),
                    p.getStartsOn(), endsThen, p == fire ? Rag.AMBER.name() : p.getRag().name(), null));
        }
        for (PlanAction a : actions.findByPriorityIdInOrderByPriorityIdAscSortOrderAscIdAsc(
                priorities.findByWorkplanIdOrderBySortOrderAscIdAsc(plan.getId()).stream().map(Priority::getId).toList())) {
            LocalDate dueThen = a.getDueOn() == null ? null
                    : a.getStatus() == ActionStatus.BLOCKED ? a.getDueOn().minusWeeks(6) : a.getDueOn();
            baselineEntries.save(new BaselineEntry(board.getId(), BaselineEntry.ACTION, a.getId(), a.getTitle(), null,
                    dueThen, null, a.getStatus().name()));
        }
    }

    private void thurrock(LocalDate today, int year, LocalDate start, LocalDate end) {
        TeamSummary team = team("Thurrock INT 4 – Stanford-le-Hope (SLH)");
        Tags tags = new Tags(team.id());
        People people = new People(team.id());
        Orgs orgs = new Orgs(team.id());
        long tom = people.id("Tom Whitfield");
        Workplan plan = plans.save(new Workplan(team.id(), year, team.name() + " work plan " + label(year),
                start.atStartOfDay(zone).toInstant()));
        Priority hiu = priority(plan, 1, "High intensity users",
                "People who use urgent care most often, often for non-medical reasons: a joined-up response across "
                        + "health, care and the voluntary sector.",
                orgs.id("Stanford-le-Hope, Corringham and Horndon PCN"), tom, start.plusMonths(2), end, Rag.AMBER,
                "Data sharing with the acute trust still being agreed.",
                tags.of("FULLER:PROACTIVE", "NH_COMPONENTS:PHM", "PCN_MATURITY:DATA_PHM"));
        action(hiu, 1, "Identify the cohort from A&E attendance data", tom, today.plusWeeks(4), ActionStatus.IN_PROGRESS, 30, false);
        history(hiu, tom, start.plusMonths(3), Rag.AMBER, "Data sharing with the acute trust still being agreed.");
        Priority nutrition = priority(plan, 2, "Nutrition", null, orgs.id("Thurrock CVS"), tom, start.plusMonths(3), end,
                Rag.GREEN, null, tags.of("FULLER:PREVENTION"));
        action(nutrition, 1, "Community cooking sessions with the food bank", tom, today.plusMonths(2), ActionStatus.NOT_STARTED, 0, false);
        priority(plan, 3, "Isolation", null, orgs.id("Thurrock CVS"), tom, start.plusMonths(3), end, Rag.GREEN, null,
                tags.of("FULLER:PREVENTION", "NH_COMPONENTS:MDT"));
        Priority weight = priority(plan, 4, "Weight management", null,
                orgs.id("Stanford-le-Hope, Corringham and Horndon PCN"), tom, start.plusMonths(3), end, Rag.GREEN, null,
                tags.of("FULLER:PREVENTION", "NH_COMPONENTS:PHM"));
        action(weight, 1, "Workplan event to agree joint priorities", tom, today.plusWeeks(6), ActionStatus.NOT_STARTED, 0, true);
    }

    private Priority priority(Workplan plan, int order, String title, String why, Long organisationId, Long personId,
                              LocalDate starts, LocalDate ends, Rag rag, String reason, Set<Long> tags) {
        Priority p = new Priority(plan.getId(), order);
        p.describe(title, why, organisationId, personId, starts, ends, tags);
        p.rate(rag, reason);
        return priorities.save(p);
    }

    private void action(Priority priority, int order, String title, long owner, LocalDate due, ActionStatus status,
                        int percent, boolean milestone) {
        PlanAction action = new PlanAction(priority.getId(), order);
        action.describe(title, owner, due, milestone);
        action.progress(status, percent);
        actions.save(action);
    }

    private void history(Priority priority, long author, LocalDate on, Rag rag, String text) {
        java.time.Instant at = on.atTime(10, 0).atZone(zone).toInstant();
        String name = directory.personName(author);
        updates.save(new PriorityUpdate(priority.getId(), author, name, on, at, rag, text));
        timeline.appendAt(at, WorkplanTimelines.priority(priority.getId()),
                new org.neighbourhoodportal.timeline.Credit(author, name), "UPDATE", "Update: " + rag.describe(), text,
                org.neighbourhoodportal.timeline.Visibility.EVERYONE);
    }

    private void risk(Priority priority, RiskKind kind, String description, int likelihood, int impact, long owner,
                      String mitigation) {
        Risk risk = new Risk(priority.getId());
        risk.describe(kind, description, likelihood, impact, owner, mitigation, true);
        risks.save(risk);
    }

    private TeamSummary team(String name) {
        return directory.allTeams().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static String label(int year) {
        return year + "/" + String.format("%02d", (year + 1) % 100);
    }

    /** Tags by "FRAMEWORK:CODE", with LOCAL for the team's own objectives. */
    private final class Tags {
        private final Map<String, Long> byKey;

        Tags(long teamId) {
            List<Framework> found = frameworks.findByTeamIdIsNullOrTeamIdOrderBySortOrder(teamId);
            Map<Long, String> codes = found.stream().collect(Collectors.toMap(Framework::getId,
                    f -> f.getTeamId() == null ? f.getCode() : "LOCAL"));
            byKey = frameworkItems.findByFrameworkIdInOrderBySortOrder(codes.keySet()).stream()
                    .collect(Collectors.toMap(i -> codes.get(i.getFrameworkId()) + ":" + i.getCode(),
                            FrameworkItem::getId));
        }

        Set<Long> of(String... keys) {
            Set<Long> ids = new HashSet<>();
            for (String key : keys) {
                Long id = byKey.get(key);
                if (id == null) {
                    throw new IllegalStateException("No tag " + key);
                }
                ids.add(id);
            }
            return ids;
        }
    }

    private final class People {
        private final Map<String, Long> byName;

        People(long teamId) {
            byName = directory.teamPeople(teamId).stream()
                    .collect(Collectors.toMap(PersonOption::name, PersonOption::id));
        }

        long id(String name) {
            Long id = byName.get(name);
            if (id == null) {
                throw new IllegalStateException("No " + name + " in the team");
            }
            return id;
        }
    }

    private final class Orgs {
        private final Map<String, OrganisationSummary> byName;

        Orgs(long teamId) {
            byName = directory.memberOrganisations(teamId).stream()
                    .collect(Collectors.toMap(OrganisationSummary::name, Function.identity()));
        }

        Long id(String name) {
            OrganisationSummary organisation = byName.get(name);
            if (organisation == null) {
                throw new IllegalStateException("No member organisation " + name);
            }
            return organisation.id();
        }
    }
}
