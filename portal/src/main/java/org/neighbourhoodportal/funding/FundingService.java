package org.neighbourhoodportal.funding;

import static org.neighbourhoodportal.processes.FundingBid.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.forms.FieldError;
import org.neighbourhoodportal.forms.FormSubmission;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.funding.domain.FundingBid;
import org.neighbourhoodportal.funding.domain.FundingBidRepository;
import org.neighbourhoodportal.funding.domain.FundingPartner;
import org.neighbourhoodportal.funding.domain.FundingPartnerRepository;
import org.neighbourhoodportal.rounds.OpenedRound;
import org.neighbourhoodportal.rounds.Party;
import org.neighbourhoodportal.rounds.PartyType;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.RoundSpec;
import org.neighbourhoodportal.rounds.RoundStatus;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.Visibility;
import org.neighbourhoodportal.workflow.FormCatalogue;
import org.neighbourhoodportal.workflow.ProcessService;
import org.neighbourhoodportal.workflow.StartOutcome;
import org.neighbourhoodportal.workflow.TaskForm;
import org.neighbourhoodportal.workplan.PlanSummary;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.PriorityService;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joint funding bids (issue 14): an INT lead logs an opportunity, the member organisations say whether they could
 * take part, the lead decides go or no-go with the decision table's advice, partners commit through their designated
 * signatories, and the bid is drafted, approved, submitted and won or lost. Every method checks the signed-in person
 * through {@link FundingPolicy} and throws {@link NotAllowedException} when they may not; what each step of the
 * process records lives in {@code funding.process}, package-private.
 */
@Service
@Transactional
public class FundingService {

    public static final String TEAM_OPTIONS = "teams";
    public static final String PRIORITY_OPTIONS = "priorities";
    /** The kind of a bid's round asking for expressions of interest. */
    public static final String INTEREST_ROUND = "funding-interest";
    /** The kind of a bid's round asking each partner's signatory to commit. */
    public static final String COMMITMENT_ROUND = "funding-commitment";
    public static final String INTEREST_TASK_NAME = "Say whether your organisation could take part in the bid";
    public static final String COMMITMENT_TASK_NAME = "Commit your organisation to the bid";

    private final FundingBidRepository bids;
    private final FundingPartnerRepository partners;
    private final FundingPolicy policy;
    private final DirectoryService directory;
    private final ProcessService processes;
    private final FormCatalogue forms;
    private final RoundService rounds;
    private final Timeline timeline;
    private final WorkplanService workplans;
    private final PriorityService priorities;
    private final Clock clock;

    FundingService(FundingBidRepository bids, FundingPartnerRepository partners, FundingPolicy policy,
                   DirectoryService directory, ProcessService processes, FormCatalogue forms, RoundService rounds,
                   Timeline timeline, WorkplanService workplans, PriorityService priorities, Clock clock) {
        this.bids = bids;
        this.partners = partners;
        this.policy = policy;
        this.directory = directory;
        this.processes = processes;
        this.forms = forms;
        this.rounds = rounds;
        this.timeline = timeline;
        this.workplans = workplans;
        this.priorities = priorities;
        this.clock = clock;
    }

    /**
     * The choices the opportunity form offers: the INTs the caller leads, and their work plans' priorities (none for
     * someone who leads no INT). Signed in only.
     */
    @Transactional(readOnly = true)
    public Map<String, List<Option>> logFormOptions() {
        AccessProfile me = policy.me();
        List<TeamSummary> teams = directory.teams(me.ledTeams());
        List<Option> priorityOptions = new ArrayList<>();
        for (TeamSummary team : teams) {
            for (PriorityRow p : priorities.prioritiesOfTeam(team.id())) {
                // the INT's name only when the caller leads more than one
                priorityOptions.add(new Option(Long.toString(p.id()),
                        teams.size() > 1 ? team.name() + ": " + p.title() : p.title()));
            }
        }
        return Map.of(TEAM_OPTIONS, teams.stream().map(t -> new Option(Long.toString(t.id()), t.name())).toList(),
                PRIORITY_OPTIONS, priorityOptions);
    }

    /** The form an INT lead fills in to log an opportunity, with its choices. Signed in only. */
    @Transactional(readOnly = true)
    public TaskForm logForm() {
        return new TaskForm(forms.form(FORM_LOG_OPPORTUNITY), logFormOptions());
    }

    /**
     * An INT lead logs a funding opportunity: the bid is saved, every member organisation with a representative is
     * asked whether it could take part (a round closing at the end of {@code interestClosesOn}), and the bid's
     * process starts, all in one transaction.
     *
     * @return the new bid's id, or the form's errors (then nothing is saved)
     * @throws NotAllowedException when the caller leads no INT
     */
    public StartOutcome logOpportunity(Map<String, Object> raw) {
        return log(raw, null);
    }

    /**
     * A lost bid is tried again: a new opportunity logged from the form (pre-filled from the old one by the page),
     * linked to the bid it reopens. The INT's leads only; the old bid must have been lost.
     *
     * @return the new bid's id, or the form's errors
     * @throws NotAllowedException "does not exist, or no access" when the caller may not read the old bid, or when
     *         they do not lead its INT
     * @throws IllegalStateException when the old bid was not lost
     */
    public StartOutcome reopen(long lostBidId, Map<String, Object> raw) {
        AccessProfile me = policy.me();
        FundingBid old = load(lostBidId);
        policy.requireLead(me, old);
        if (old.getStage() != BidStage.LOST) {
            throw new IllegalStateException("Only a bid that was not successful can be reopened.");
        }
        return log(raw, old);
    }

    /** The opportunity form's values from a lost bid, for reopening it. Same access as {@link #reopen}. */
    @Transactional(readOnly = true)
    public Map<String, Object> reopenValues(long lostBidId) {
        AccessProfile me = policy.me();
        FundingBid old = load(lostBidId);
        policy.requireLead(me, old);
        Map<String, Object> values = new HashMap<>();
        values.put("teamId", Long.toString(old.getTeamId()));
        values.put("title", old.getTitle());
        values.put("funder", old.getFunder());
        values.put("fund", old.getFund());
        values.put("amountSought", old.getAmountSought());
        if (old.getEligibility() != null) {
            values.put("eligibility", old.getEligibility());
        }
        values.put("matchFundingRequired", old.isMatchFundingRequired());
        values.put("priorities", old.getPriorities().stream().map(String::valueOf).toList());
        return values;
    }

    private StartOutcome log(Map<String, Object> raw, FundingBid reopened) {
        AccessProfile me = policy.me();
        policy.requireMayLog(me);
        Map<String, List<Option>> options = logFormOptions();
        FormSubmission submission = forms.validate(FORM_LOG_OPPORTUNITY, raw, options);
        List<FieldError> errors = new ArrayList<>(submission.errors());
        Map<String, Object> values = submission.values();
        LocalDate today = PortalTime.today(clock);
        LocalDate deadline = (LocalDate) values.get("deadline");
        LocalDate interestClosesOn = (LocalDate) values.get("interestClosesOn");
        if (deadline != null && !deadline.isAfter(today)) {
            errors.add(new FieldError("deadline", "Funder's deadline", "Choose a date after today."));
        }
        if (interestClosesOn != null && !interestClosesOn.isAfter(today)) {
            errors.add(new FieldError("interestClosesOn", "Expressions of interest close on",
                    "Choose a date after today, so organisations have time to answer."));
        }
        if (deadline != null && interestClosesOn != null && !interestClosesOn.isBefore(deadline)) {
            errors.add(new FieldError("interestClosesOn", "Expressions of interest close on",
                    "Choose a date before the funder's deadline."));
        }
        long teamId = values.get("teamId") == null ? -1 : Long.parseLong((String) values.get("teamId"));
        @SuppressWarnings("unchecked")
        List<String> chosen = (List<String>) values.getOrDefault("priorities", List.of());
        Set<Long> priorityIds = chosen.stream().map(Long::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
        if (teamId > 0 && !priorityIds.isEmpty()) {
            Set<Long> ofTeam = priorities.prioritiesOfTeam(teamId).stream().map(PriorityRow::id)
                    .collect(Collectors.toSet());
            if (!ofTeam.containsAll(priorityIds)) {
                errors.add(new FieldError("priorities", "Work plan priorities it would serve",
                        "Choose priorities of the INT that is bidding."));
            }
        }
        List<OrganisationSummary> asked = teamId > 0 ? directory.representedOrganisations(teamId) : List.of();
        if (teamId > 0 && asked.isEmpty()) {
            errors.add(new FieldError("teamId", "Which INT is bidding?",
                    "This INT has no member organisation with a representative to ask."));
        }
        if (!errors.isEmpty()) {
            return StartOutcome.refused(errors);
        }
        Long amount = ((Number) values.get("amountSought")).longValue();
        FundingBid bid = bids.save(new FundingBid(teamId, ((String) values.get("title")).trim(),
                ((String) values.get("funder")).trim(), ((String) values.get("fund")).trim(), amount,
                (String) values.get("eligibility"), deadline, Boolean.TRUE.equals(values.get("matchFundingRequired")),
                interestClosesOn, priorityIds, reopened == null ? null : reopened.getId(), me.personId(),
                clock.instant()));
        asked.forEach(o -> partners.save(new FundingPartner(bid.getId(), o.id())));

        TeamSummary team = directory.team(teamId);
        OpenedRound round = rounds.open(new RoundSpec(INTEREST_ROUND, bid.getId(), "Funding bid: " + bid.getTitle(),
                route(bid.getId()), WorkGroups.teamLeads(teamId),
                List.of(WorkGroups.teamMembers(teamId), WorkGroups.icbManagers(team.icbId())),
                FORM_EXPRESS_INTEREST, INTEREST_TASK_NAME,
                "The INT is thinking of bidding to " + bid.getFund() + " (" + bid.getFunder() + ") and asks whether "
                        + "your organisation could take part, in what role and with what contribution.",
                PortalTime.endOf(interestClosesOn, clock),
                asked.stream().map(o -> new Party(PartyType.ORGANISATION, o.id(), o.name(),
                        WorkGroups.organisationInTeam(teamId, o.id()))).toList()));
        Map<String, Object> variables = new HashMap<>(round.processVariables());
        variables.put(VAR_BID_ID, bid.getId());
        variables.put(VAR_LEAD_GROUP, WorkGroups.teamLeads(teamId));
        processes.start(KEY, bid.getId().toString(), variables);
        timeline.append(FundingTimelines.bid(bid.getId()), Credit.person(me), "LOGGED", "Opportunity logged",
                (reopened == null ? "" : "Reopened from the bid that was not successful (" + reopened.getTitle()
                        + "). ") + "Asked: " + String.join(", ", asked.stream().map(OrganisationSummary::name)
                        .sorted().toList()), Visibility.EVERYONE);
        if (reopened != null) {
            timeline.append(FundingTimelines.bid(reopened.getId()), Credit.person(me), "REOPENED",
                    "Reopened as a new opportunity", route(bid.getId()), Visibility.EVERYONE);
        }
        return StartOutcome.saved(bid.getId());
    }

    /**
     * The bids the caller may read (their INTs', and an ICB manager's ICB's INTs'), by deadline. Signed in only; a
     * person who reads no INT gets an empty list.
     */
    @Transactional(readOnly = true)
    public List<BidRow> pipeline() {
        AccessProfile me = policy.me();
        Set<Long> teams = me.teamsInView();
        if (teams.isEmpty()) {
            return List.of();
        }
        List<FundingBid> found = bids.findByTeamIdInOrderByDeadlineAscIdAsc(teams);
        Map<Long, String> teamNames = directory.teams(found.stream().map(FundingBid::getTeamId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
        Map<Long, String> orgNames = organisationNames(found.stream().map(FundingBid::getLeadOrganisationId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        return found.stream().map(b -> new BidRow(b.getId(), b.getTeamId(), teamNames.get(b.getTeamId()),
                b.getTitle(), b.getFunder(), b.getFund(), b.getAmountSought(), b.getAmountAwarded(), b.getDeadline(),
                b.getStage(), b.getLeadOrganisationId() == null ? null : orgNames.get(b.getLeadOrganisationId())))
                .toList();
    }

    /**
     * Totals by INT and fund of the bids the caller may read: how many, and how much was sought, won and lost. For
     * ICB managers this is their ICB's INTs. Signed in only.
     */
    @Transactional(readOnly = true)
    public List<FundSummary> fundSummaries() {
        Map<String, List<BidRow>> byTeamAndFund = new LinkedHashMap<>();
        pipeline().stream().sorted(Comparator.comparing(BidRow::teamName).thenComparing(BidRow::fund))
                .forEach(r -> byTeamAndFund.computeIfAbsent(r.teamName() + "\u0000" + r.fund(),
                        k -> new ArrayList<>()).add(r));
        return byTeamAndFund.values().stream().map(rows -> new FundSummary(rows.get(0).teamName(),
                rows.get(0).fund(), rows.size(), rows.stream().mapToLong(BidRow::amountSought).sum(),
                rows.stream().filter(r -> r.stage() == BidStage.WON)
                        .mapToLong(r -> r.amountAwarded() == null ? r.amountSought() : r.amountAwarded()).sum(),
                rows.stream().filter(r -> r.stage() == BidStage.LOST).mapToLong(BidRow::amountSought).sum()))
                .toList();
    }

    /**
     * One bid with its partners, commitments, where it is now and its timeline. The INT's people and its ICB's
     * managers.
     *
     * @throws NotAllowedException "does not exist, or no access" when the caller may not read it or it does not exist
     */
    @Transactional(readOnly = true)
    public BidDetails details(long bidId) {
        AccessProfile me = policy.me();
        FundingBid bid = load(bidId);
        policy.requireRead(me, bid);
        List<FundingPartner> asked = partners.findByBidIdOrderByIdAsc(bidId);
        Set<Long> orgIds = asked.stream().map(FundingPartner::getOrganisationId).collect(Collectors.toSet());
        if (bid.getLeadOrganisationId() != null) {
            orgIds.add(bid.getLeadOrganisationId());
        }
        Map<Long, String> orgNames = organisationNames(orgIds);
        Set<Long> people = asked.stream().map(FundingPartner::getCommittedBy).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        people.add(bid.getCreatedBy());
        Map<Long, String> names = directory.personNames(people);
        List<BidDetails.Partner> partnerRows = asked.stream().map(p -> new BidDetails.Partner(
                orgNames.get(p.getOrganisationId()), p.getInterested(), p.getRole(), p.getContribution(),
                p.getMatchFunding(), p.getCommitment(), p.getCommittedMoney(), p.getCommittedStaff(),
                p.getCommitmentNotes(), p.getCommittedBy() == null ? null : names.get(p.getCommittedBy())))
                .sorted(Comparator.comparing(BidDetails.Partner::organisation)).toList();
        boolean insider = me.worksIn(bid.getTeamId());
        return new BidDetails(bid.getId(), bid.getTeamId(), directory.team(bid.getTeamId()).name(), bid.getTitle(),
                bid.getFunder(), bid.getFund(), bid.getAmountSought(), bid.getEligibility(), bid.getDeadline(),
                bid.isMatchFundingRequired(), bid.getInterestClosesOn(), bid.getStage(), bid.getRecommendation(),
                bid.getRecommendationReasons(), bid.getGoDecision(), bid.getOverrideReason(),
                bid.getLeadOrganisationId() == null ? null : orgNames.get(bid.getLeadOrganisationId()),
                bid.getDraftDueOn(), bid.getApprovalDueOn(), bid.getSubmittedOn(), bid.getFunderReference(),
                bid.getSubmissionNote(), bid.getOutcome(), bid.getAmountAwarded(), bid.getFeedback(),
                bid.getLessons(), bid.getClosedReason(), bid.getWonPriorityId(), bid.getReopenedFromId(),
                names.get(bid.getCreatedBy()), bid.getCreatedAt(), priorityTitles(bid), partnerRows,
                waitingOn(bid), timeline.entries(FundingTimelines.bid(bidId), insider || me.managesIcbOf(
                        bid.getTeamId())),
                bid.getStage() == BidStage.LOST && me.leads(bid.getTeamId()));
    }

    /**
     * Titles for the inbox, by id, of those bids the caller may read; the others are left out.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    @Transactional(readOnly = true)
    public Map<Long, String> titles(Set<Long> bidIds) {
        AccessProfile me = policy.me();
        return bids.findByIdIn(bidIds).stream().filter(b -> policy.mayRead(me, b))
                .collect(Collectors.toMap(FundingBid::getId, FundingBid::getTitle));
    }

    /** The content type of {@link #exportPipeline}'s workbook. */
    public static final String EXCEL_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * Writes the pipeline the caller may read ({@link #pipeline()}) and its totals by fund ({@link #fundSummaries()})
     * as an Excel workbook (Apache POI): a sheet of bids and a sheet "By fund". Signed in only.
     *
     * @throws NotAllowedException when nobody is signed in
     * @throws java.io.UncheckedIOException when the workbook cannot be written to {@code out}
     */
    @Transactional(readOnly = true)
    public void exportPipeline(java.io.OutputStream out) {
        try {
            PipelineWorkbook.write(pipeline(), fundSummaries(), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The page of a bid. */
    public static String route(long bidId) {
        return "funding/" + bidId;
    }

    private List<String> priorityTitles(FundingBid bid) {
        if (bid.getPriorities().isEmpty()) {
            return List.of();
        }
        List<String> titles = new ArrayList<>();
        for (PlanSummary plan : workplans.plans()) {
            if (plan.teamId() == bid.getTeamId()) {
                priorities.planPriorities(plan.id()).stream().filter(p -> bid.getPriorities().contains(p.id()))
                        .forEach(p -> titles.add(p.title()));
            }
        }
        return titles;
    }

    private List<String> waitingOn(FundingBid bid) {
        List<String> steps = new ArrayList<>();
        rounds.roundFor(INTEREST_ROUND, bid.getId()).filter(r -> r.status() == RoundStatus.OPEN)
                .ifPresent(r -> steps.add("Member organisations saying whether they could take part"));
        rounds.roundFor(COMMITMENT_ROUND, bid.getId()).filter(r -> r.status() == RoundStatus.OPEN)
                .ifPresent(r -> steps.add("Partners' signatories committing"));
        steps.addAll(processes.waitingOn(KEY, bid.getId().toString()));
        return steps;
    }

    private Map<Long, String> organisationNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        ids.forEach(id -> directory.organisation(id).ifPresent(o -> names.put(o.id(), o.name())));
        return names;
    }

    private FundingBid load(long bidId) {
        return bids.findById(bidId).orElseThrow(() -> new NotAllowedException(FundingPolicy.NOT_FOUND));
    }
}
