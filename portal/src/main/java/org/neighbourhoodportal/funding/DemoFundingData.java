package org.neighbourhoodportal.funding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neighbourhoodportal.demo.DemoData;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.AdminRecords.MemberOrganisation;
import org.neighbourhoodportal.directory.DemoDirectoryData;
import org.neighbourhoodportal.directory.DirectoryAdministration;
import org.neighbourhoodportal.funding.domain.FundingBid;
import org.neighbourhoodportal.funding.domain.FundingBidRepository;
import org.neighbourhoodportal.funding.domain.FundingPartner;
import org.neighbourhoodportal.funding.domain.FundingPartnerRepository;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.Visibility;
import org.neighbourhoodportal.workflow.StartOutcome;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.PriorityService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Harborough's joint bids from the seed (its annual report): the Green Social Prescribing bid that was not
 * successful and led to a local scheme, the Admiral Nurse funding that was won and is a work plan priority, and one
 * open opportunity waiting for the district council's answer. The two past bids are history, written as records with
 * their past dates (the live process only takes deadlines still to come); the open one is logged and answered through
 * the services people use. Amounts and dates of the past bids are illustrative: the seed gives neither.
 */
@Component
@Order(200)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoFundingData implements DemoData {

    private static final String ILLUSTRATIVE = "Demo record drawn from Harborough INT's annual report; the amount "
            + "and dates are illustrative.";

    private final FundingService funding;
    private final FundingTasks tasks;
    private final FundingBidRepository bids;
    private final FundingPartnerRepository partners;
    private final DirectoryAdministration administration;
    private final PriorityService priorities;
    private final WorkflowService workflow;
    private final Timeline timeline;
    private final CurrentUser currentUser;
    private final RunAs runAs;
    private final Clock clock;
    private final TransactionTemplate inOneTransaction;

    DemoFundingData(FundingService funding, FundingTasks tasks, FundingBidRepository bids,
                    FundingPartnerRepository partners, DirectoryAdministration administration,
                    PriorityService priorities, WorkflowService workflow, Timeline timeline, CurrentUser currentUser,
                    RunAs runAs, Clock clock, PlatformTransactionManager transactions) {
        this.inOneTransaction = new TransactionTemplate(transactions);
        this.funding = funding;
        this.tasks = tasks;
        this.bids = bids;
        this.partners = partners;
        this.administration = administration;
        this.priorities = priorities;
        this.workflow = workflow;
        this.timeline = timeline;
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
        AccessProfile lead = currentUser.require();
        long harborough = lead.ledTeams().iterator().next();
        List<MemberOrganisation> members = administration.memberOrganisations(harborough);
        // commitments need a designated signatory; name each represented organisation's first representative
        for (MemberOrganisation o : members) {
            if (administration.signatoryOf(harborough, o.organisationId()).isEmpty()
                    && !o.representatives().isEmpty()) {
                administration.nameSignatory(harborough, o.organisationId(), o.representatives().get(0).id());
            }
        }
        MemberOrganisation vasl = named(members, "Voluntary Action");
        MemberOrganisation council = named(members, "Harborough District Council");
        List<PriorityRow> plan = priorities.prioritiesOfTeam(harborough);
        PriorityRow gsp = plan.stream().filter(p -> p.title().startsWith("Green and blue")).findFirst().orElseThrow();
        PriorityRow admiral = plan.stream().filter(p -> p.title().contains("Admiral Nurse")).findFirst()
                .orElseThrow();
        LocalDate today = PortalTime.today(clock);

        // the past bids' records and their timelines in one transaction (the timeline writes only inside one)
        inOneTransaction.executeWithoutResult(status -> pastBids(lead, harborough, vasl, council, gsp, admiral, today));

        Map<String, Object> open = new HashMap<>();
        open.put("teamId", Long.toString(harborough));
        open.put("title", "Blue social prescribing on the canal");
        open.put("funder", "The National Lottery Community Fund");
        open.put("fund", "Awards for All");
        open.put("amountSought", 20_000L);
        open.put("eligibility", "Voluntary and community organisations; up to £20,000 for one year. " + ILLUSTRATIVE);
        open.put("deadline", today.plusDays(45));
        open.put("interestClosesOn", today.plusDays(10));
        open.put("priorities", List.of(Long.toString(gsp.id())));
        StartOutcome logged = funding.logOpportunity(open);
        if (!logged.isSaved()) {
            throw new IllegalStateException("The demo funding opportunity was refused: " + logged.errors());
        }
        runAs.person(DemoDirectoryData.MEMBER, () -> {
            WorkItem answer = tasks.yoursOn(logged.recordId()).get(0);
            workflow.complete(answer.id(), Map.of("interested", "yes", "role", "Lead partner: volunteers and "
                    + "walks", "contribution", "Volunteer coordinator time"));
        });
    }

    private void pastBids(AccessProfile lead, long harborough, MemberOrganisation vasl, MemberOrganisation council,
                          PriorityRow gsp, PriorityRow admiral, LocalDate today) {
        FundingBid lost = past(lead, harborough, "Green Social Prescribing bid", "Central government",
                "Green Social Prescribing", 150_000, today.minusMonths(26), Set.of(gsp.id()), council, vasl);
        lost.lost("The bid for central government funds was not successful.",
                "The INT chose to develop a local green social prescribing scheme with HDC and local organisations, "
                        + "through the PCN health and wellbeing teams; it has grown to include blue social "
                        + "prescribing.");
        bids.save(lost);
        timeline.appendAt(at(today.minusMonths(24)), FundingTimelines.bid(lost.getId()), Credit.person(lead), "LOST",
                "Not successful", lost.getLessons(), Visibility.EVERYONE);

        FundingBid won = past(lead, harborough, "Admiral Nurse for Harborough", "Not named in the annual report",
                "Admiral Nurse service", 55_000, today.minusMonths(14), Set.of(admiral.id()), vasl, council);
        won.won(55_000L, "Funding secured; an excellent candidate was employed.", admiral.id());
        bids.save(won);
        timeline.appendAt(at(today.minusMonths(12)), FundingTimelines.bid(won.getId()), Credit.person(lead), "WON",
                "Won", "Now the work plan priority \"" + admiral.title() + "\".", Visibility.EVERYONE);
    }

    /** A past bid up to submission: both partners interested and committed, the advice followed. */
    private FundingBid past(AccessProfile lead, long team, String title, String funder, String fund, long amount,
                            LocalDate deadline, Set<Long> served, MemberOrganisation leadPartner,
                            MemberOrganisation other) {
        FundingBid bid = bids.save(new FundingBid(team, title, funder, fund, amount, ILLUSTRATIVE, deadline, false,
                deadline.minusWeeks(8), served, null, lead.personId(), at(deadline.minusWeeks(10))));
        for (MemberOrganisation o : List.of(leadPartner, other)) {
            FundingPartner p = partners.save(new FundingPartner(bid.getId(), o.organisationId()));
            long person = o.representatives().get(0).id();
            p.expressInterest(true, o == leadPartner ? "Lead partner" : "Delivery partner", null, null, person,
                    at(deadline.minusWeeks(8)));
            p.commit(true, null, o == leadPartner ? "Project management" : "Referrals and venues", null, person,
                    at(deadline.minusWeeks(5)));
        }
        bid.recommend(true, "For: It serves 1 of the work plan's priorities.\nFor: 2 member organisations can take "
                + "part.");
        bid.decide(true, null);
        bid.nameLead(leadPartner.organisationId(), deadline.minusWeeks(2), deadline.minusWeeks(1));
        bid.startDrafting();
        bid.submit(deadline.minusDays(2), null, "Application form, budget and partnership letters.");
        bids.save(bid);
        timeline.appendAt(at(deadline.minusWeeks(10)), FundingTimelines.bid(bid.getId()), Credit.person(lead),
                "LOGGED", "Opportunity logged", ILLUSTRATIVE, Visibility.EVERYONE);
        timeline.appendAt(at(deadline.minusWeeks(5)), FundingTimelines.bid(bid.getId()), Credit.person(lead),
                "LEAD_NAMED", "Lead partner named: " + leadPartner.name(), null, Visibility.EVERYONE);
        timeline.appendAt(at(deadline.minusDays(2)), FundingTimelines.bid(bid.getId()), Credit.person(lead),
                "SUBMITTED", "Submitted to " + funder, null, Visibility.EVERYONE);
        return bid;
    }

    private Instant at(LocalDate day) {
        return PortalTime.endOf(day, clock).minus(8, ChronoUnit.HOURS);
    }

    private static MemberOrganisation named(List<MemberOrganisation> members, String prefix) {
        return members.stream().filter(o -> o.name().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo organisation " + prefix));
    }

}
