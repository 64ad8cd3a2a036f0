package org.neighbourhoodportal.funding.process;

import static org.neighbourhoodportal.processes.FundingBid.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryAdministration;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.funding.BidInputException;
import org.neighbourhoodportal.funding.BidStage;
import org.neighbourhoodportal.funding.FundingPolicy;
import org.neighbourhoodportal.funding.FundingService;
import org.neighbourhoodportal.funding.FundingTimelines;
import org.neighbourhoodportal.funding.WorkingDays;
import org.neighbourhoodportal.funding.domain.FundingBid;
import org.neighbourhoodportal.funding.domain.FundingBidRepository;
import org.neighbourhoodportal.funding.domain.FundingPartner;
import org.neighbourhoodportal.funding.domain.FundingPartnerRepository;
import org.neighbourhoodportal.notifications.Audience;
import org.neighbourhoodportal.notifications.Notice;
import org.neighbourhoodportal.notifications.NotificationKind;
import org.neighbourhoodportal.processes.BidGoNoGo;
import org.neighbourhoodportal.rounds.OpenedRound;
import org.neighbourhoodportal.rounds.Party;
import org.neighbourhoodportal.rounds.PartyType;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.RoundSpec;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.Visibility;
import org.neighbourhoodportal.workflow.DecisionOutcome;
import org.neighbourhoodportal.workflow.Decisions;
import org.neighbourhoodportal.workplan.ActionDraft;
import org.neighbourhoodportal.workplan.ActionRiskService;
import org.neighbourhoodportal.workplan.ActionStatus;
import org.neighbourhoodportal.workplan.PlanSummary;
import org.neighbourhoodportal.workplan.PriorityDraft;
import org.neighbourhoodportal.workplan.PriorityService;
import org.neighbourhoodportal.workplan.Rag;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each step of a funding bid records. Package-private: only this package's handler and round answers (the
 * signed-in person's steps) and delegates (the engine's) call it. Every step checks its caller through
 * {@link FundingPolicy} again.
 */
@Component
@Transactional
class FundingSteps {

    static final String WEIGH_STEP = "Weighing go or no-go";
    static final String CHECK_STEP = "Checking the commitments";
    static final String ESCALATE_STEP = "Deadline watch";
    static final String CLOSE_STEP = "Closing the bid";

    private final FundingBidRepository bids;
    private final FundingPartnerRepository partners;
    private final FundingPolicy policy;
    private final Timeline timeline;
    private final DirectoryService directory;
    private final DirectoryAdministration administration;
    private final Decisions decisions;
    private final RoundService rounds;
    private final WorkplanService workplans;
    private final PriorityService priorities;
    private final ActionRiskService actions;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    FundingSteps(FundingBidRepository bids, FundingPartnerRepository partners, FundingPolicy policy, Timeline timeline,
                 DirectoryService directory, DirectoryAdministration administration, Decisions decisions,
                 RoundService rounds, WorkplanService workplans, PriorityService priorities,
                 ActionRiskService actions, ApplicationEventPublisher published, Clock clock) {
        this.bids = bids;
        this.partners = partners;
        this.policy = policy;
        this.timeline = timeline;
        this.directory = directory;
        this.administration = administration;
        this.decisions = decisions;
        this.rounds = rounds;
        this.workplans = workplans;
        this.priorities = priorities;
        this.actions = actions;
        this.published = published;
        this.clock = clock;
    }

    /** A member organisation says whether it could take part (the interest round has checked who answers). */
    void interestExpressed(long bidId, long organisationId, boolean interested, String role, String contribution,
                           Long matchFunding) {
        AccessProfile me = policy.me();
        FundingBid bid = load(bidId);
        FundingPartner partner = partner(bidId, organisationId);
        partner.expressInterest(interested, trim(role), trim(contribution), matchFunding, me.personId(),
                clock.instant());
        timeline.append(FundingTimelines.bid(bidId), Credit.person(me), "INTEREST",
                interested ? "Could take part" : "Cannot take part", orgName(organisationId)
                        + (interested && role != null && !role.isBlank() ? ": " + role.trim() : ""),
                Visibility.EVERYONE);
    }

    /**
     * The go/no-go table's advice, with its reasons, recorded on the bid.
     *
     * @return whether it advises going ahead
     */
    boolean weigh(long bidId) {
        policy.requireEngine();
        FundingBid bid = load(bidId);
        List<FundingPartner> interested = partners.findByBidIdOrderByIdAsc(bidId).stream()
                .filter(FundingPartner::isInterested).toList();
        Map<String, Object> inputs = new HashMap<>();
        inputs.put(BidGoNoGo.IN_PRIORITIES_SERVED, bid.getPriorities().size());
        inputs.put(BidGoNoGo.IN_WORKING_DAYS_LEFT, WorkingDays.between(PortalTime.today(clock), bid.getDeadline()));
        inputs.put(BidGoNoGo.IN_PARTNERS_INTERESTED, interested.size());
        inputs.put(BidGoNoGo.IN_MATCH_FUNDING_REQUIRED, bid.isMatchFundingRequired());
        inputs.put(BidGoNoGo.IN_MATCH_FUNDING_OFFERED, interested.stream()
                .anyMatch(p -> p.getMatchFunding() != null && p.getMatchFunding() > 0));
        DecisionOutcome outcome = decisions.evaluate(BidGoNoGo.KEY, FundingTimelines.bid(bidId), inputs, FundingSteps::inWords);
        boolean go = !outcome.rows().isEmpty()
                && outcome.rows().stream().noneMatch(r -> Boolean.TRUE.equals(r.get(BidGoNoGo.OUT_BLOCKS)));
        bid.recommend(go, outcome.inWords());
        timeline.append(FundingTimelines.bid(bidId), Credit.step(WEIGH_STEP), "RECOMMENDED",
                go ? "Advised: go ahead" : "Advised: do not bid", outcome.inWords(), Visibility.EVERYONE);
        return go;
    }

    /** The reasons, the ones that stop the bid first, one a line. */
    static String inWords(List<Map<String, Object>> rows) {
        List<String> lines = new ArrayList<>();
        rows.stream().filter(r -> Boolean.TRUE.equals(r.get(BidGoNoGo.OUT_BLOCKS)))
                .forEach(r -> lines.add("Against: " + r.get(BidGoNoGo.OUT_REASON)));
        rows.stream().filter(r -> !Boolean.TRUE.equals(r.get(BidGoNoGo.OUT_BLOCKS)))
                .forEach(r -> lines.add("For: " + r.get(BidGoNoGo.OUT_REASON)));
        return lines.isEmpty() ? "The table gave no reasons." : String.join("\n", lines);
    }

    /** The lead decides; going against the advice needs a reason. */
    void decided(long bidId, String goAhead, String overrideReason) {
        AccessProfile me = policy.me();
        FundingBid bid = load(bidId);
        policy.requireLead(me, bid);
        boolean go = GO.equals(goAhead);
        boolean overrides = bid.getRecommendation() != null && !bid.getRecommendation().equals(go ? GO : NO_GO);
        String reason = trim(overrideReason);
        if (overrides && reason == null) {
            throw new BidInputException("Your decision goes against the advice, so please say why in \"Why you "
                    + "decided against the recommendation\".");
        }
        bid.decide(go, overrides ? reason : null);
        if (!go) {
            bid.notPursued(overrides ? reason : "The INT decided not to bid, as advised.");
        }
        timeline.append(FundingTimelines.bid(bidId), Credit.person(me), "DECIDED",
                (go ? "Decided to go ahead" : "Decided not to bid") + (overrides ? ", against the advice" : ""),
                overrides ? "Reason: " + reason : null, Visibility.EVERYONE);
    }

    /**
     * The lead names the lead partner and the internal dates, and the round asking each interested organisation's
     * designated signatory to commit opens.
     *
     * @return the process variables for the commitment round and the internal dates
     */
    Map<String, Object> leadNamed(long bidId, long leadOrganisationId, LocalDate commitmentsDueOn, int draftDays,
                                  int approvalDays) {
        AccessProfile me = policy.me();
        FundingBid bid = load(bidId);
        policy.requireLead(me, bid);
        LocalDate today = PortalTime.today(clock);
        LocalDate draftDueOn = WorkingDays.before(bid.getDeadline(), draftDays);
        LocalDate approvalDueOn = WorkingDays.before(bid.getDeadline(), approvalDays);
        if (approvalDays >= draftDays) {
            throw new BidInputException("Approval must come after the draft: give fewer working days before the "
                    + "deadline for approval than for the draft.");
        }
        if (!draftDueOn.isAfter(today)) {
            throw new BidInputException("Counted back from the deadline (" + bid.getDeadline() + "), the draft would "
                    + "be due on " + draftDueOn + ", which is not after today. Give fewer working days.");
        }
        if (!commitmentsDueOn.isAfter(today) || !commitmentsDueOn.isBefore(draftDueOn)) {
            throw new BidInputException("Choose a date for commitments after today and before the draft is due ("
                    + draftDueOn + ").");
        }
        List<FundingPartner> interested = partners.findByBidIdOrderByIdAsc(bidId).stream()
                .filter(FundingPartner::isInterested).toList();
        if (interested.stream().noneMatch(p -> p.getOrganisationId() == leadOrganisationId)) {
            throw new BidInputException("Choose a lead partner from the organisations that said they could take part.");
        }
        List<String> withoutSignatory = interested.stream()
                .filter(p -> administration.signatoryOf(bid.getTeamId(), p.getOrganisationId()).isEmpty())
                .map(p -> orgName(p.getOrganisationId())).sorted().toList();
        if (!withoutSignatory.isEmpty()) {
            throw new BidInputException("No designated signatory is named for " + String.join(", ", withoutSignatory)
                    + ", so nobody could commit for them. Name one on My team first, then try again.");
        }
        bid.nameLead(leadOrganisationId, draftDueOn, approvalDueOn);
        TeamSummary team = directory.team(bid.getTeamId());
        OpenedRound round = rounds.open(new RoundSpec(FundingService.COMMITMENT_ROUND, bidId,
                "Funding bid: " + bid.getTitle(), FundingService.route(bidId), WorkGroups.teamLeads(bid.getTeamId()),
                List.of(WorkGroups.teamMembers(bid.getTeamId()), WorkGroups.icbManagers(team.icbId())),
                FORM_COMMIT_TO_BID, FundingService.COMMITMENT_TASK_NAME,
                "The INT is going ahead with the bid to " + bid.getFund() + ", led by "
                        + orgName(leadOrganisationId) + ". Your organisation's designated signatory is asked to "
                        + "commit money or staff time, or to withdraw.",
                PortalTime.endOf(commitmentsDueOn, clock),
                interested.stream().map(p -> new Party(PartyType.ORGANISATION, p.getOrganisationId(),
                        orgName(p.getOrganisationId()),
                        WorkGroups.organisationInTeam(bid.getTeamId(), p.getOrganisationId()))).toList()));
        Map<String, Object> variables = new HashMap<>(round.processVariables());
        variables.put(VAR_DRAFT_GROUP, WorkGroups.organisationInTeam(bid.getTeamId(), leadOrganisationId));
        variables.put(VAR_DRAFT_DUE_AT, java.util.Date.from(PortalTime.endOf(draftDueOn, clock)));
        variables.put(VAR_APPROVAL_DUE_AT, java.util.Date.from(PortalTime.endOf(approvalDueOn, clock)));
        variables.put(VAR_ESCALATE_AT, java.util.Date.from(PortalTime.endOf(approvalDueOn, clock)));
        timeline.append(FundingTimelines.bid(bidId), Credit.person(me), "LEAD_NAMED",
                "Lead partner named: " + orgName(leadOrganisationId), "Commitments by " + commitmentsDueOn
                        + "; draft due " + draftDueOn + "; approval due " + approvalDueOn + "; funder's deadline "
                        + bid.getDeadline() + ".", Visibility.EVERYONE);
        return variables;
    }

    /** An organisation's designated signatory commits it, or withdraws it. */
    void committed(long bidId, long organisationId, boolean commits, Long money, String staff, String notes) {
        AccessProfile me = policy.me();
        FundingBid bid = load(bidId);
        String organisation = orgName(organisationId);
        policy.requireSignatory(me, bid, organisationId, organisation);
        partner(bidId, organisationId).commit(commits, money, trim(staff), trim(notes), me.personId(),
                clock.instant());
        timeline.append(FundingTimelines.bid(bidId), Credit.person(me), commits ? "COMMITTED" : "WITHDREW",
                organisation + (commits ? " committed" : " withdrew"),
                commits ? describeCommitment(money, staff) : trim(notes), Visibility.EVERYONE);
    }

    private static String describeCommitment(Long money, String staff) {
        List<String> parts = new ArrayList<>();
        if (money != null && money > 0) {
            parts.add("£" + String.format("%,d", money));
        }
        if (staff != null && !staff.isBlank()) {
            parts.add(staff.trim());
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** @return whether every interested partner committed; if so, drafting starts */
    boolean allCommitted(long bidId) {
        policy.requireEngine();
        FundingBid bid = load(bidId);
        List<FundingPartner> interested = partners.findByBidIdOrderByIdAsc(bidId).stream()
                .filter(FundingPartner::isInterested).toList();
        List<String> missing = interested.stream().filter(p -> !p.hasCommitted())
                .map(p -> orgName(p.getOrganisationId())).sorted().toList();
        if (missing.isEmpty()) {
            bid.startDrafting();
        }
        timeline.append(FundingTimelines.bid(bidId), Credit.step(CHECK_STEP), "COMMITMENTS_CHECKED",
                missing.isEmpty() ? "Every partner committed" : "Not every partner committed",
                missing.isEmpty() ? null : "Withdrew or did not answer: " + String.join(", ", missing),
                Visibility.EVERYONE);
        return missing.isEmpty();
    }

    /** After a withdrawal the lead carries on with the others, or stops with a reason. */
    void withdrawalsReviewed(long bidId, String carryOn, String stopReason) {
        AccessProfile me = policy.me();
        FundingBid bid = load(bidId);
        policy.requireLead(me, bid);
        boolean goOn = CARRY_ON.equals(carryOn);
        String reason = trim(stopReason);
        if (!goOn && reason == null) {
            throw new BidInputException("Please say why the bid stops.");
        }
        long committed = partners.findByBidIdOrderByIdAsc(bidId).stream().filter(FundingPartner::hasCommitted).count();
        if (goOn && committed == 0) {
            throw new BidInputException("No partner committed, so the bid cannot carry on. Choose to stop it.");
        }
        if (goOn) {
            bid.startDrafting();
        } else {
            bid.notPursued(reason);
        }
        timeline.append(FundingTimelines.bid(bidId), Credit.person(me), goOn ? "CARRIED_ON" : "STOPPED",
                goOn ? "Carrying on with the partners who committed" : "Bid stopped", reason, Visibility.EVERYONE);
    }

    /** The draft is ready for approval: the INT's leads or the lead partner's people. */
    void drafted(long bidId, String note) {
        AccessProfile me = policy.me();
        FundingBid bid = load(bidId);
        policy.requireRead(me, bid);
        boolean leadPartner = bid.getLeadOrganisationId() != null && me.worksIn(bid.getTeamId())
                && bid.getLeadOrganisationId().equals(me.organisationId());
        if (!me.leads(bid.getTeamId()) && !leadPartner) {
            throw new NotAllowedException("Only the lead partner's people or the INT's leads can draft the bid.");
        }
        timeline.append(FundingTimelines.bid(bidId), Credit.person(me), "DRAFTED", "Draft ready for approval",
                trim(note), Visibility.EVERYONE);
    }

    void approvalGiven(long bidId, String approval, String comments) {
        AccessProfile me = policy.me();
        FundingBid bid = load(bidId);
        policy.requireLead(me, bid);
        boolean approved = APPROVED.equals(approval);
        timeline.append(FundingTimelines.bid(bidId), Credit.person(me), approved ? "APPROVED" : "REDRAFT",
                approved ? "Approved for submission" : "Sent back for more work", trim(comments),
                Visibility.EVERYONE);
    }

    void submitted(long bidId, LocalDate on, String reference, String note) {
        AccessProfile me = policy.me();
        FundingBid bid = load(bidId);
        policy.requireLead(me, bid);
        if (on.isAfter(PortalTime.today(clock))) {
            throw new BidInputException("The date submitted cannot be in the future.");
        }
        bid.submit(on, trim(reference), trim(note));
        timeline.append(FundingTimelines.bid(bidId), Credit.person(me), "SUBMITTED", "Submitted to "
                + bid.getFunder() + " on " + on, (reference == null || reference.isBlank() ? ""
                        : "Reference " + reference.trim() + ". ") + trim(note), Visibility.EVERYONE);
    }

    /**
     * The outcome. A win adds the priority it funds to the INT's current work plan (started if there is none), with
     * an action per funded line and a milestone per reporting date; a loss keeps the feedback and lessons.
     */
    void outcomeRecorded(long bidId, String outcome, Long awarded, String feedback, String lessons,
                         String priorityTitle, String fundedActions, List<LocalDate> reportDates) {
        AccessProfile me = policy.me();
        FundingBid bid = load(bidId);
        policy.requireLead(me, bid);
        if (!WON.equals(outcome)) {
            bid.lost(trim(feedback), trim(lessons));
            timeline.append(FundingTimelines.bid(bidId), Credit.person(me), "LOST", "Not successful",
                    trim(lessons) == null ? trim(feedback) : "Lessons: " + trim(lessons), Visibility.EVERYONE);
            return;
        }
        String title = trim(priorityTitle);
        if (title == null) {
            throw new BidInputException("For a win, name the work plan priority it funds.");
        }
        List<LocalDate> reports = reportDates.stream().filter(java.util.Objects::nonNull).sorted().toList();
        LocalDate today = PortalTime.today(clock);
        int year = workplans.currentPlanYear();
        PlanSummary plan = workplans.plans().stream().filter(p -> p.teamId() == bid.getTeamId() && p.year() == year)
                .findFirst().orElseGet(() -> workplans.createPlan(bid.getTeamId(), year));
        LocalDate endsOn = reports.isEmpty() ? today.plusYears(1) : reports.get(reports.size() - 1);
        if (endsOn.isBefore(today)) {
            endsOn = today;
        }
        long priorityId = priorities.savePriority(new PriorityDraft(null, plan.id(), title,
                "Funded by " + bid.getFund() + " (" + bid.getFunder() + ")" + (awarded == null ? ""
                        : ": £" + String.format("%,d", awarded)) + ". Won by a joint bid.",
                bid.getLeadOrganisationId(), null, today, endsOn, Rag.GREEN, null, Set.of(), null));
        if (fundedActions != null) {
            for (String line : fundedActions.split("\\R")) {
                if (!line.isBlank()) {
                    actions.saveAction(new ActionDraft(null, priorityId, line.trim(), null, endsOn,
                            ActionStatus.NOT_STARTED, 0, false, null));
                }
            }
        }
        for (LocalDate report : reports) {
            actions.saveAction(new ActionDraft(null, priorityId, "Report to " + bid.getFunder() + " due", null,
                    report, ActionStatus.NOT_STARTED, 0, true, null));
        }
        bid.won(awarded, trim(feedback), priorityId);
        timeline.append(FundingTimelines.bid(bidId), Credit.person(me), "WON", "Won", "Added to "
                + plan.title() + " as the priority \"" + title + "\"" + (reports.isEmpty() ? "."
                        : ", with " + reports.size() + " reporting milestone" + (reports.size() == 1 ? "" : "s")
                        + "."), Visibility.EVERYONE);
    }

    /** Closes a bid the INT decided not to pursue. Safe to run twice. */
    void closedNotPursued(long bidId) {
        policy.requireEngine();
        FundingBid bid = load(bidId);
        if (bid.getStage() != BidStage.NOT_PURSUED) {
            bid.notPursued("Closed.");
        }
        timeline.append(FundingTimelines.bid(bidId), Credit.step(CLOSE_STEP), "CLOSED", "Closed: not pursued",
                bid.getClosedReason(), Visibility.EVERYONE);
    }

    /** The bid is not approved by its internal date: the INT's leads and the ICB's managers are told. */
    void notReady(long bidId) {
        policy.requireEngine();
        FundingBid bid = load(bidId);
        TeamSummary team = directory.team(bid.getTeamId());
        int left = WorkingDays.between(PortalTime.today(clock), bid.getDeadline());
        published.publishEvent(new Notice(NotificationKind.OVERDUE, "funding-bid:" + bidId + ":not-ready",
                Audience.groups(List.of(WorkGroups.teamLeads(bid.getTeamId()), WorkGroups.icbManagers(team.icbId()))),
                "Funding bid not ready: " + bid.getTitle(),
                "The bid to " + bid.getFund() + " was due to be approved by " + bid.getApprovalDueOn() + " and is not. "
                        + left + " working days are left before the funder's deadline (" + bid.getDeadline() + ").",
                FundingService.route(bidId)));
        timeline.append(FundingTimelines.bid(bidId), Credit.step(ESCALATE_STEP), "ESCALATED",
                "Not ready by its internal date: leads told", left + " working days left before the deadline.",
                Visibility.EVERYONE);
    }

    /** The choices of the lead-partner form: the organisations that said they could take part. */
    Map<String, List<org.neighbourhoodportal.forms.Option>> interestedOptions(long bidId) {
        return Map.of("partners", partners.findByBidIdOrderByIdAsc(bidId).stream()
                .filter(FundingPartner::isInterested)
                .map(p -> new org.neighbourhoodportal.forms.Option(Long.toString(p.getOrganisationId()),
                        orgName(p.getOrganisationId()))).toList());
    }

    private FundingPartner partner(long bidId, long organisationId) {
        return partners.findByBidIdAndOrganisationId(bidId, organisationId)
                .orElseThrow(() -> new NotAllowedException("That organisation was not asked about this bid."));
    }

    private String orgName(long organisationId) {
        return directory.organisation(organisationId).map(OrganisationSummary::name).orElse("An organisation");
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private FundingBid load(long bidId) {
        return bids.findById(bidId).orElseThrow(() -> new NotAllowedException(FundingPolicy.NOT_FOUND));
    }
}
