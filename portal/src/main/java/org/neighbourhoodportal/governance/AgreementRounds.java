package org.neighbourhoodportal.governance;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neighbourhoodportal.directory.DirectoryAdministration;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.governance.domain.Agreement;
import org.neighbourhoodportal.governance.domain.AgreementRound;
import org.neighbourhoodportal.governance.domain.AgreementRoundRepository;
import org.neighbourhoodportal.processes.AgreementProcess;
import org.neighbourhoodportal.processes.ResponseRound;
import org.neighbourhoodportal.rounds.OpenedRound;
import org.neighbourhoodportal.rounds.Party;
import org.neighbourhoodportal.rounds.PartyType;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.RoundSpec;
import org.springframework.stereotype.Component;

/**
 * Rounds on a ToR or MoU: comments from every member organisation's representatives, or signatures from each
 * organisation's designated signatory (the task goes to the organisation's representatives in the INT; only the
 * designated signatory can complete it). Each is a round of answers (rounds.RoundService) and a row that keeps it.
 * Not a service: callers have checked the lead through {@link GovernancePolicy}, and the round checks again.
 */
@Component
public class AgreementRounds {

    public static final String COMMENTS = "COMMENTS";
    public static final String SIGNATURES = "SIGNATURES";
    public static final String COMMENT_KIND = "agreement-comments";
    public static final String SIGN_KIND = "agreement-signatures";
    public static final String COMMENT_TASK = "Comment on the draft";
    public static final String SIGN_TASK = "Sign for your organisation";

    private final RoundService rounds;
    private final AgreementRoundRepository agreementRounds;
    private final DirectoryService directory;
    private final DirectoryAdministration administration;
    private final Clock clock;

    AgreementRounds(RoundService rounds, AgreementRoundRepository agreementRounds, DirectoryService directory,
                    DirectoryAdministration administration, Clock clock) {
        this.rounds = rounds;
        this.agreementRounds = agreementRounds;
        this.directory = directory;
        this.administration = administration;
        this.clock = clock;
    }

    /**
     * Opens a round of comments (all member organisations) or signatures (those not in {@code signedAlready}).
     *
     * @throws IllegalArgumentException when the closing time is not in the future, the INT has no member
     *                                  organisations, or an organisation asked to sign has no designated signatory
     */
    public AgreementRound open(Agreement agreement, String purpose, int versionNumber, Instant closesAt,
                               Set<Long> signedAlready) {
        boolean signing = SIGNATURES.equals(purpose);
        TeamSummary team = directory.team(agreement.getTeamId());
        List<OrganisationSummary> organisations = directory.memberOrganisations(agreement.getTeamId()).stream()
                .filter(o -> !signing || !signedAlready.contains(o.id())).toList();
        if (organisations.isEmpty()) {
            throw new IllegalArgumentException("This INT has no member organisations to ask.");
        }
        if (signing) {
            List<String> without = organisations.stream()
                    .filter(o -> administration.signatoryOf(agreement.getTeamId(), o.id()).isEmpty())
                    .map(OrganisationSummary::name).toList();
            if (!without.isEmpty()) {
                throw new IllegalArgumentException("These organisations have no designated signatory yet: "
                        + String.join(", ", without) + ". Ask an administrator to name one for each.");
            }
        }
        AgreementRound row = agreementRounds.save(new AgreementRound(agreement.getId(), purpose, versionNumber, 0,
                "-", closesAt, closesAt));
        String label = "ToR".equals(kindWord(agreement)) ? "terms of reference" : "MoU";
        OpenedRound round = rounds.open(new RoundSpec(signing ? SIGN_KIND : COMMENT_KIND, row.getId(),
                (signing ? "Sign: " : "Comment: ") + agreement.getTitle() + " (version " + versionNumber + ")",
                AgreementService.route(agreement.getId()), WorkGroups.teamLeads(agreement.getTeamId()),
                List.of(WorkGroups.teamMembers(agreement.getTeamId()), WorkGroups.icbManagers(team.icbId())),
                signing ? AgreementProcess.FORM_SIGN_AGREEMENT : AgreementProcess.FORM_COMMENT_ON_AGREEMENT,
                signing ? SIGN_TASK : COMMENT_TASK,
                signing ? "Version " + versionNumber + " of the INT's " + label + " is ready to sign. Only your "
                        + "organisation's designated signatory can sign it."
                        : "Read the draft " + label + " and comment section by section, or say your organisation "
                        + "has no objection.", closesAt,
                organisations.stream().map(o -> new Party(PartyType.ORGANISATION, o.id(), o.name(),
                        signing ? signatoryGroup(agreement.getTeamId(), o.id())
                                : WorkGroups.organisationInTeam(agreement.getTeamId(), o.id()))).toList()));
        Map<String, Object> variables = round.processVariables();
        @SuppressWarnings("unchecked")
        List<String> groups = (List<String>) variables.get(ResponseRound.VAR_PARTY_GROUPS);
        row.opened(round.roundId(), String.join(" ", groups),
                ((Date) variables.get(ResponseRound.VAR_REMIND_AT)).toInstant());
        return row;
    }

    static String kindWord(Agreement agreement) {
        return "MOU".equals(agreement.getKind()) ? "MoU" : "ToR";
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * The sign-off task goes to the organisation's designated signatory alone (their own group in the team), so a
     * signatory who leads the INT gets it too, and no other representative is offered a task they may not do.
     */
    private String signatoryGroup(long teamId, long organisationId) {
        return WorkGroups.personInTeam(teamId, administration.signatoryOf(teamId, organisationId).orElseThrow().id());
    }
}
