package org.neighbourhoodportal.feedback;

import org.neighbourhoodportal.workflow.StartOutcome;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.PpgSummary;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.feedback.domain.Proposal;
import org.neighbourhoodportal.feedback.domain.ProposalRepository;
import org.neighbourhoodportal.feedback.domain.ProposalResponse;
import org.neighbourhoodportal.feedback.domain.ProposalResponseRepository;
import org.neighbourhoodportal.forms.FieldError;
import org.neighbourhoodportal.forms.FormSubmission;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.processes.PpgProposalProcess;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.notifications.Audience;
import org.neighbourhoodportal.notifications.Notice;
import org.neighbourhoodportal.notifications.NotificationKind;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.Visibility;
import org.neighbourhoodportal.workflow.EndedProcess;
import org.neighbourhoodportal.workflow.FormCatalogue;
import org.neighbourhoodportal.workflow.TaskForm;
import org.neighbourhoodportal.workflow.ProcessService;
import org.neighbourhoodportal.rounds.OpenedRound;
import org.neighbourhoodportal.rounds.Party;
import org.neighbourhoodportal.rounds.PartyType;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.RoundSpec;
import org.neighbourhoodportal.rounds.RoundStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback loop run the other way: the INT asks its PPGs for their view on a proposal, each PPG answers, and
 * the INT records and shares what it will do with the answers. Every method checks the signed-in person through
 * {@link FeedbackPolicy} and throws {@link NotAllowedException} when they may not; what each step records lives in
 * {@code feedback.process}, package-private.
 */
@Service
@Transactional
public class ProposalService {

    public static final String TEAM_OPTIONS = "teams";
    /** The kind of the proposals' rounds of answers (see {@code rounds.RoundSpec#kind}). */
    public static final String ROUND_KIND = "proposal";
    static final String ANSWER_TASK_NAME = "Give your view on the proposal";
    private static final String NOT_FOUND = FeedbackPolicy.PROPOSAL_NOT_FOUND;

    private final ProposalRepository proposals;
    private final ProposalResponseRepository responses;
    private final DirectoryService directory;
    private final ProcessService processes;
    private final FormCatalogue forms;
    private final CurrentUser currentUser;
    private final FeedbackPolicy policy;
    private final RoundService rounds;
    private final ApplicationEventPublisher published;
    private final Timeline timeline;
    private final Clock clock;

    ProposalService(ProposalRepository proposals, ProposalResponseRepository responses, DirectoryService directory,
                    ProcessService processes, FormCatalogue forms, CurrentUser currentUser, FeedbackPolicy policy,
                    RoundService rounds, ApplicationEventPublisher published, Timeline timeline, Clock clock) {
        this.policy = policy;
        this.rounds = rounds;
        this.timeline = timeline;
        this.published = published;
        this.proposals = proposals;
        this.responses = responses;
        this.directory = directory;
        this.processes = processes;
        this.forms = forms;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The choices the share form offers: the teams the caller leads that have PPGs to ask (none for others). */
    @Transactional(readOnly = true)
    public Map<String, List<Option>> shareFormOptions() {
        AccessProfile me = currentUser.require();
        Set<Long> withPpgs = directory.ppgsOfTeams(me.ledTeams()).stream().map(PpgSummary::teamId)
                .collect(Collectors.toSet());
        return Map.of(TEAM_OPTIONS, directory.teams(me.ledTeams()).stream().filter(t -> withPpgs.contains(t.id()))
                .map(t -> new Option(Long.toString(t.id()), t.name())).toList());
    }

    /** The form an INT lead fills in to ask the PPGs, with the choices it offers them. */
    @Transactional(readOnly = true)
    public TaskForm shareForm() {
        return new TaskForm(forms.form(PpgProposalProcess.FORM_SHARE_PROPOSAL), shareFormOptions());
    }

    /**
     * An INT lead sends a proposal to every PPG of a team they lead; the process starts in the same transaction.
     *
     * @return the new proposal's id, or the form's errors (then nothing is saved)
     * @throws NotAllowedException when the caller leads no INT
     */
    public StartOutcome share(Map<String, Object> raw) {
        AccessProfile me = currentUser.require();
        policy.requireMayShare(me);
        FormSubmission submission = forms.validate(PpgProposalProcess.FORM_SHARE_PROPOSAL, raw, shareFormOptions());
        List<FieldError> errors = new ArrayList<>(submission.errors());
        LocalDate closesOn = (LocalDate) submission.values().get("closesOn");
        LocalDate today = PortalTime.today(clock);
        if (closesOn != null && !closesOn.isAfter(today)) {
            errors.add(new FieldError("closesOn", "Views needed by",
                    "Choose a date after today, so the PPGs have time to ask their members."));
        }
        if (!errors.isEmpty()) {
            return StartOutcome.refused(errors);
        }
        Map<String, Object> values = submission.values();
        long teamId = Long.parseLong((String) values.get("teamId"));
        List<PpgSummary> ppgs = directory.ppgsOfTeams(List.of(teamId));
        Set<Long> ppgIds = ppgs.stream().map(PpgSummary::id).collect(Collectors.toSet());
        Proposal proposal = proposals.save(new Proposal(teamId, (String) values.get("title"),
                (String) values.get("proposal"), closesOn, ppgIds, me.personId(), clock.instant()));

        timeline.append(FeedbackTimelines.proposal(proposal.getId()), Credit.person(me), "SHARED",
                "Proposal shared with the PPGs", "Asked: " + String.join(", ", ppgs.stream().map(PpgSummary::name)
                        .sorted().toList()), Visibility.EVERYONE);

        // Views are needed by the end of the closing day where the portal is (23:59:59 in London, BST or GMT).
        TeamSummary team = directory.team(teamId);
        OpenedRound round = rounds.open(new RoundSpec(ROUND_KIND, proposal.getId(), "Proposal: " + proposal.getTitle(),
                "proposals/" + proposal.getId(), WorkGroups.teamLeads(teamId),
                List.of(WorkGroups.teamMembers(teamId), WorkGroups.icbManagers(team.icbId())),
                PpgProposalProcess.FORM_GIVE_VIEW_ON_PROPOSAL, ANSWER_TASK_NAME,
                "The INT asks your PPG for its view. Read the proposal, ask your members if you can, and give your "
                        + "PPG's view.", PortalTime.endOf(closesOn, clock),
                ppgs.stream().map(p -> new Party(PartyType.PPG, p.id(), p.name(), WorkGroups.ppg(p.id()))).toList()));

        Map<String, Object> variables = new HashMap<>(round.processVariables());
        variables.put(PpgProposalProcess.VAR_PROPOSAL_ID, proposal.getId());
        variables.put(PpgProposalProcess.VAR_TEAM_ID, teamId);
        variables.put(PpgProposalProcess.VAR_LEAD_GROUP, WorkGroups.teamLeads(teamId));
        processes.start(PpgProposalProcess.KEY, proposal.getId().toString(), variables);
        return StartOutcome.saved(proposal.getId());
    }

    /** The proposals the caller may read, with how many PPGs have answered. Signed in only. */
    @Transactional(readOnly = true)
    public List<ProposalRow> list() {
        AccessProfile me = currentUser.require();
        Set<Long> teams = me.teamsInView();
        Set<Long> ppgs = me.ppgTeams().keySet();
        if (teams.isEmpty() && ppgs.isEmpty()) {
            return List.of();
        }
        List<Proposal> found = proposals.findVisible(teams.isEmpty() ? Set.of(-1L) : teams,
                ppgs.isEmpty() ? Set.of(-1L) : ppgs);
        Map<Long, String> teamNames = directory.teams(found.stream().map(Proposal::getTeamId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
        Map<Long, Long> answered = found.isEmpty() ? Map.of()
                : responses.countByProposal(found.stream().map(Proposal::getId).toList()).stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return found.stream().map(p -> new ProposalRow(p.getId(), p.getTitle(), teamNames.get(p.getTeamId()),
                p.getClosesOn(), p.getStatus(), p.getInvitedPpgs().size(),
                answered.getOrDefault(p.getId(), 0L).intValue())).toList();
    }

    /**
     * One proposal with the views the caller may see: the INT's people see every view; an asked PPG sees its own,
     * and everyone's once the decision is shared.
     *
     * @throws NotAllowedException "does not exist, or no access" when the caller may not read it or it does not exist
     */
    @Transactional(readOnly = true)
    public ProposalDetails details(long proposalId) {
        AccessProfile me = currentUser.require();
        Proposal proposal = load(proposalId);
        policy.requireRead(me, proposal);
        boolean insider = policy.isInsider(me, proposal.getTeamId());
        Set<Long> myInvitedPpgs = policy.myAskedPpgs(me, proposal);
        boolean shared = proposal.getStatus() == ProposalStatus.PUBLISHED;
        Map<Long, String> ppgNames = directory.ppgs(proposal.getInvitedPpgs()).stream()
                .collect(Collectors.toMap(PpgSummary::id, PpgSummary::name));
        List<ProposalDetails.PpgView> views = responses.findByProposalIdOrderByRespondedAt(proposalId).stream()
                .filter(r -> insider || shared || myInvitedPpgs.contains(r.getPpgId()))
                .map(r -> new ProposalDetails.PpgView(ppgNames.get(r.getPpgId()),
                        directory.personName(r.getResponderId()), ProposalStance.fromFormValue(r.getStance()),
                        r.getComments(), r.getPeopleConsulted(), r.getRespondedAt()))
                .toList();
        return new ProposalDetails(proposal.getId(), directory.team(proposal.getTeamId()).name(), proposal.getTitle(),
                proposal.getProposal(), proposal.getClosesOn(), proposal.getStatus(),
                insider || shared ? proposal.getDecision() : null, proposal.getDecidedAt(),
                directory.personName(proposal.getCreatedBy()), proposal.getCreatedAt(),
                ppgNames.values().stream().sorted().toList(), views,
                waitingOn(proposal),
                timeline.entries(FeedbackTimelines.proposal(proposalId), insider),
                policy.isOwner(me, proposal) && proposal.getStatus() != ProposalStatus.WITHDRAWN
                        && proposal.getStatus() != ProposalStatus.PUBLISHED);
    }

    /**
     * The lead who shared a proposal takes it back, with a reason: its process ends (the PPGs' open tasks leave every
     * inbox), the timeline says who withdrew it and why, and everyone who had a task on it is told.
     *
     * @throws NotAllowedException unless the caller shared it and still leads its INT ("does not exist, or no
     *         access" when they may not read it at all)
     * @throws IllegalArgumentException when the reason is empty or longer than
     *         {@link FeedbackTimelines#WITHDRAW_REASON_LENGTH}
     * @throws IllegalStateException when its decision has been shared already, or it is already withdrawn
     */
    public void withdraw(long proposalId, String reason) {
        AccessProfile me = currentUser.require();
        Proposal proposal = load(proposalId);
        policy.requireOwner(me, proposal);
        String why = FeedbackService.withdrawReason(reason);
        if (proposal.getStatus() == ProposalStatus.WITHDRAWN || proposal.getStatus() == ProposalStatus.PUBLISHED) {
            throw new IllegalStateException("This proposal is already " + proposal.getStatus().label().toLowerCase()
                    + ", so it cannot be withdrawn.");
        }
        proposal.withdraw();
        timeline.append(FeedbackTimelines.proposal(proposalId), Credit.person(me), "WITHDRAWN", "Withdrawn", why,
                Visibility.EVERYONE);
        // the PPGs' tasks are in the proposal's round, which ends with the proposal's process
        List<String> stillAsked = rounds.roundFor(ROUND_KIND, proposalId).filter(r -> r.status() == RoundStatus.OPEN)
                .map(r -> rounds.endWithItsRecord(r.id(), "The proposal was withdrawn: " + why)).orElse(List.of());
        EndedProcess ended = processes.end(PpgProposalProcess.KEY, proposal.getId().toString(),
                "Withdrawn by " + me.displayName());
        if (ended.hadTasks() || !stillAsked.isEmpty()) {
            java.util.Set<String> groups = new java.util.TreeSet<>(ended.groups());
            groups.addAll(stillAsked);
            published.publishEvent(new Notice(NotificationKind.RECORD_WITHDRAWN, "proposal:" + proposalId
                    + ":withdrawn", new Audience(ended.people(), groups),
                    me.displayName() + " withdrew the proposal: " + proposal.getTitle(),
                    "Nothing more is needed from you on it: its task has gone from your list. Their reason: " + why,
                    "proposals/" + proposalId));
        }
    }

    /**
     * Titles for the inbox, by id, of those proposals the caller may read; the others are left out.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    @Transactional(readOnly = true)
    public Map<Long, String> titles(Set<Long> proposalIds) {
        AccessProfile me = currentUser.require();
        return proposals.findByIdIn(proposalIds).stream().filter(p -> policy.mayRead(me, p))
                .collect(Collectors.toMap(Proposal::getId, Proposal::getTitle));
    }

    /** The round's step while the PPGs are asked (as far as the caller may see the round), then the proposal's. */
    private List<String> waitingOn(Proposal proposal) {
        List<String> steps = new ArrayList<>();
        rounds.roundFor(ROUND_KIND, proposal.getId()).filter(r -> r.status() == RoundStatus.OPEN)
                .ifPresent(r -> steps.add(ANSWER_TASK_NAME));
        steps.addAll(processes.waitingOn(PpgProposalProcess.KEY, proposal.getId().toString()));
        return steps;
    }

    private Proposal load(long proposalId) {
        return proposals.findById(proposalId).orElseThrow(() -> new NotAllowedException(NOT_FOUND));
    }
}
