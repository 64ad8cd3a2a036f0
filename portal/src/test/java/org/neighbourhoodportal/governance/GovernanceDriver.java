package org.neighbourhoodportal.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.directory.DirectoryAdministration;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.directory.Role;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;

/** Takes governance records through their steps in tests, as the people who do them would. */
public final class GovernanceDriver {

    private final RunAs runAs;
    private final WorkflowService workflow;
    private final RoundService rounds;
    private final DirectoryService directory;
    private final DirectoryAdministration administration;

    public GovernanceDriver(RunAs runAs, WorkflowService workflow, RoundService rounds, DirectoryService directory,
                            DirectoryAdministration administration) {
        this.runAs = runAs;
        this.workflow = workflow;
        this.rounds = rounds;
        this.directory = directory;
        this.administration = administration;
    }

    /**
     * Gives each of the team's member organisations without one a designated signatory (a new person, a member of
     * the team for it), as an administrator would.
     *
     * @return each organisation's signatory's e-mail address, by organisation id
     */
    public Map<Long, String> designateSignatories(long teamId) {
        Map<Long, String> signatories = new LinkedHashMap<>();
        for (OrganisationSummary o : runAs.person(LEAD, () -> directory.memberOrganisations(teamId))) {
            String email = "signatory." + o.id() + "@harborough.test";
            var named = runAs.person(LEAD, () -> administration.signatoryOf(teamId, o.id()));
            if (named.isPresent()) { // the demo data, or the directory, names one already
                signatories.put(o.id(), runAs.person(LEAD, () -> directory.recipients(List.of(named.get().id()),
                        List.of())).get(0).email());
                continue;
            }
            {
                runAs.person(ADMINISTRATOR, () -> {
                    long person = administration.savePerson(null, email, "Signatory of " + o.name(),
                            "Chief Executive", o.id());
                    administration.grantRole(person, Role.MEMBER, teamId);
                    administration.nameSignatory(teamId, o.id(), person);
                });
            }
            signatories.put(o.id(), email);
        }
        return signatories;
    }

    /** The draft form's values: every section, the rules, comments needed by {@code closesOn}. */
    public static Map<String, Object> draft(String title, long teamId, LocalDate closesOn, String words) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("teamId", Long.toString(teamId));
        values.put("kind", "TOR");
        values.put("title", title);
        values.put("purpose", "To improve the health and wellbeing of Harborough's people." + words);
        values.put("status", "These terms of reference are not a contract." + words);
        values.put("membership", "The member organisations of Harborough INT. Substitutes may attend." + words);
        values.put("quorum", "Four members.");
        values.put("decisions", "By consensus; escalated to the senior sponsor." + words);
        values.put("interests", "Members declare interests at the start of each meeting." + words);
        values.put("review", "Reviewed every year; varied by agreement of all members." + words);
        values.put("signatories", "Each organisation signs through its authorised signatory." + words);
        values.put("quorumMembers", 4L);
        values.put("decisionMethod", "consensus");
        values.put("conflictsRule", "declare-and-leave");
        values.put("reviewOn", closesOn.plusYears(1));
        values.put("closesOn", closesOn);
        return values;
    }

    public void closeRound(long roundId) {
        runAs.person(LEAD, () -> rounds.closeEarly(roundId, "Enough answers to go on."));
    }

    public void complete(String person, WorkItem task, Map<String, Object> values) {
        var outcome = runAs.person(person, () -> workflow.complete(task.id(), values));
        assertThat(outcome.errors()).isEmpty();
    }

    public WorkItem first(String person, java.util.function.Supplier<List<WorkItem>> tasks) {
        return runAs.person(person, tasks).stream().findFirst()
                .orElseThrow(() -> new AssertionError(person + " has no task"));
    }
}
