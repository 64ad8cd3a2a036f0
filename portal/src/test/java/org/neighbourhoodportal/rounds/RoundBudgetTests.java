package org.neighbourhoodportal.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.feedback.ProposalService;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;

/** The round panel's list (who was asked, who answered) costs the same statements for two parties or eight. */
@PortalTest
class RoundBudgetTests {

    // the caller's profile (read once per transaction outside a request), the round, its parties; no name query while
    // nobody has answered, one for all names once someone has
    static final int BUDGET = 4; // measured: 2 (the profile was already read in this transaction)

    @Autowired RunAs runAs;
    @Autowired RoundService rounds;
    @Autowired ProposalService proposals;
    @Autowired Clock clock;

    @Test
    void the_list_of_parties_asked_runs_the_same_statements_for_a_short_and_a_long_round() {
        long few = open(2, 910_001L);
        long many = open(8, 910_002L);

        int forFew = runAs.person(LEAD, () -> StatementCounter.count(() -> rounds.round(few)));
        int forMany = runAs.person(LEAD, () -> StatementCounter.count(() -> rounds.round(many)));

        System.out.println("Statement budget, round list: " + forFew + " then " + forMany);
        assertThat(runAs.person(LEAD, () -> rounds.round(many).parties())).hasSize(8);
        assertThat(forMany).as("statements with a longer round").isEqualTo(forFew);
        assertThat(forMany).as("statements within the budget").isLessThanOrEqualTo(BUDGET);
    }

    private long open(int parties, long recordId) {
        long teamId = Long.parseLong(runAs.person(LEAD, () ->
                proposals.shareFormOptions().get(ProposalService.TEAM_OPTIONS).get(0).value()));
        List<Party> asked = IntStream.range(0, parties).mapToObj(i -> new Party(PartyType.ORGANISATION, 800 + i,
                "Organisation " + i, WorkGroups.organisationInTeam(teamId, 800 + i))).toList();
        return runAs.person(LEAD, () -> rounds.open(new RoundSpec("budget", recordId, "Budget round", "proposals",
                WorkGroups.teamLeads(teamId), List.of(), "give-view-on-proposal", "Give your view", "Answer.",
                clock.instant().plus(Duration.ofDays(9)), asked)).roundId());
    }
}
