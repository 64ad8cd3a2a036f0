package org.neighbourhoodportal.governance;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.governance.domain.LeadershipGroup;
import org.neighbourhoodportal.governance.domain.NominationCall;
import org.neighbourhoodportal.governance.domain.NominationCallRepository;
import org.neighbourhoodportal.processes.LeadershipGroupFormation;
import org.neighbourhoodportal.processes.ResponseRound;
import org.neighbourhoodportal.rounds.OpenedRound;
import org.neighbourhoodportal.rounds.Party;
import org.neighbourhoodportal.rounds.PartyType;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.RoundSpec;
import org.springframework.stereotype.Component;

/**
 * Calls for nominations: each one a round of answers (rounds.RoundService) asking every member organisation's
 * representatives in the INT, and a row that keeps it, so the process step reads the round from the records. Not a
 * service: callers have checked the lead through {@link GovernancePolicy}, and the round checks again that the caller
 * leads the INT.
 */
@Component
public class NominationCalls {

    public static final String ANSWER_TASK_NAME = "Nominate for the leadership group";

    private final RoundService rounds;
    private final NominationCallRepository calls;
    private final DirectoryService directory;
    private final Clock clock;

    NominationCalls(RoundService rounds, NominationCallRepository calls, DirectoryService directory, Clock clock) {
        this.rounds = rounds;
        this.calls = calls;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Opens a call for nominations for a group.
     *
     * @param seatsAsked the seats asked about, in plain English, for the organisations' notice
     * @throws IllegalArgumentException when the closing time is not in the future, or the INT has no member
     *                                  organisations to ask
     */
    public NominationCall open(LeadershipGroup group, String seatsAsked, Instant closesAt) {
        TeamSummary team = directory.team(group.getTeamId());
        List<OrganisationSummary> organisations = directory.memberOrganisations(group.getTeamId());
        if (organisations.isEmpty()) {
            throw new IllegalArgumentException("This INT has no member organisations to ask for nominations.");
        }
        NominationCall call = calls.save(new NominationCall(group.getId(), 0, List.of("-"), closesAt, closesAt,
                clock.instant()));
        OpenedRound round = rounds.open(new RoundSpec(GovernanceTimelines.NOMINATION_ROUND_KIND, call.getId(),
                "Nominations: " + group.getName(), GovernanceTimelines.route(group.getId()),
                WorkGroups.teamLeads(group.getTeamId()),
                List.of(WorkGroups.teamMembers(group.getTeamId()), WorkGroups.icbManagers(team.icbId())),
                LeadershipGroupFormation.FORM_NOMINATE_FOR_SEATS, ANSWER_TASK_NAME,
                "The INT is forming its leadership group. Nominate someone from your organisation for the seats it "
                        + "can fill: " + seatsAsked + ".", closesAt,
                organisations.stream().map(o -> new Party(PartyType.ORGANISATION, o.id(), o.name(),
                        WorkGroups.organisationInTeam(group.getTeamId(), o.id()))).toList()));
        Map<String, Object> variables = round.processVariables();
        @SuppressWarnings("unchecked")
        List<String> groups = (List<String>) variables.get(ResponseRound.VAR_PARTY_GROUPS);
        call.opened(round.roundId(), groups, ((Date) variables.get(ResponseRound.VAR_REMIND_AT)).toInstant());
        return call;
    }
}
