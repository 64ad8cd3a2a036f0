package org.neighbourhoodportal.funding.ui;

import static org.neighbourhoodportal.funding.ui.FundingBoardView.pounds;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.neighbourhoodportal.funding.BidDetails;
import org.neighbourhoodportal.funding.BidStage;
import org.neighbourhoodportal.funding.FundingService;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.ui.Formats;

/** The bid: the opportunity, the advice and decision, the partners and what each committed, submission, outcome. */
class BidCard extends Div {

    BidCard(BidDetails bid) {
        addClassName("portal-card");
        setWidthFull();
        add(new H3(bid.title()));
        muted(bid.teamName() + " · logged by " + bid.createdBy() + " on " + Formats.day(bid.createdAt()));
        Badge.Tone tone = bid.stage() == BidStage.WON ? Badge.Tone.DONE
                : bid.stage().isClosed() ? Badge.Tone.NEUTRAL : Badge.Tone.WAITING;
        add(new Badge(bid.stage().label(), tone));
        facts(List.of(
                "Funder: " + bid.funder(),
                "Fund: " + bid.fund(),
                "Amount sought: " + pounds(bid.amountSought()),
                "Funder's deadline: " + Formats.day(bid.deadline()),
                "Expressions of interest close: " + Formats.day(bid.interestClosesOn()),
                "Match funding: " + (bid.matchFundingRequired() ? "asked for" : "not asked for")));
        if (bid.eligibility() != null) {
            add(new H4("Eligibility"));
            pre(bid.eligibility());
        }
        add(new H4("Work plan priorities it serves"));
        add(new Paragraph(bid.priorities().isEmpty() ? "None chosen." : String.join("; ", bid.priorities())));
        if (bid.reopenedFromId() != null) {
            add(new Paragraph(new Anchor(FundingService.route(bid.reopenedFromId()),
                    "Reopened from an earlier bid that was not successful")));
        }

        if (bid.recommendation() != null) {
            add(new H4("Go or no-go"));
            add(new Paragraph("Advice: " + ("go".equals(bid.recommendation()) ? "go ahead" : "do not bid")));
            pre(bid.recommendationReasons());
            if (bid.goDecision() != null) {
                add(new Paragraph("The INT decided: " + ("go".equals(bid.goDecision()) ? "go ahead" : "do not bid")
                        + (bid.overrideReason() == null ? "" : ", against the advice, because: "
                        + bid.overrideReason())));
            }
        }

        add(new H4("Partners"));
        if (bid.leadPartner() != null) {
            add(new Paragraph("Lead partner (accountable body): " + bid.leadPartner()));
        }
        Div partners = new Div();
        partners.setId("bid-partners");
        for (BidDetails.Partner p : bid.partners()) {
            Div line = new Div();
            line.addClassName("timeline-entry");
            Div who = new Div(p.organisation());
            who.getStyle().set("font-weight", "600");
            line.add(who);
            line.add(detail(p.interested() == null ? "Not answered yet"
                    : p.interested() ? "Could take part" + (p.role() == null ? "" : " as " + p.role())
                    + (p.contribution() == null ? "" : "; offers " + p.contribution())
                    + (p.matchFunding() == null ? "" : "; match funding " + pounds(p.matchFunding()))
                    : "Cannot take part"));
            if (p.commitment() != null) {
                List<String> parts = new ArrayList<>();
                parts.add("committed".equals(p.commitment()) ? "Committed" : "Withdrew");
                if (p.committedMoney() != null) {
                    parts.add(pounds(p.committedMoney()));
                }
                if (p.committedStaff() != null) {
                    parts.add(p.committedStaff());
                }
                if (p.committedBy() != null) {
                    parts.add("signed by " + p.committedBy());
                }
                line.add(detail(String.join(" · ", parts)
                        + (p.commitmentNotes() == null ? "" : ". " + p.commitmentNotes())));
            }
            partners.add(line);
        }
        add(partners);

        if (bid.draftDueOn() != null) {
            add(new H4("Internal dates"));
            add(new Paragraph("Draft due " + Formats.day(bid.draftDueOn()) + " · approval due "
                    + Formats.day(bid.approvalDueOn()) + " · funder's deadline " + Formats.day(bid.deadline())));
        }
        if (bid.submittedOn() != null) {
            add(new H4("Submission"));
            add(new Paragraph("Submitted on " + Formats.day(bid.submittedOn())
                    + (bid.funderReference() == null ? "" : ", reference " + bid.funderReference())));
            if (bid.submissionNote() != null) {
                pre(bid.submissionNote());
            }
        }
        if (bid.outcome() != null) {
            add(new H4("Outcome"));
            add(new Paragraph("won".equals(bid.outcome()) ? "Won" + (bid.amountAwarded() == null ? ""
                    : ": " + pounds(bid.amountAwarded())) : "Not successful"));
            if (bid.wonPriorityId() != null) {
                add(new Paragraph(new Anchor("workplan/priority/" + bid.wonPriorityId(),
                        "The work plan priority it funds")));
            }
            if (bid.feedback() != null) {
                add(new Paragraph("The funder's feedback:"));
                pre(bid.feedback());
            }
            if (bid.lessons() != null) {
                add(new Paragraph("Lessons learned:"));
                pre(bid.lessons());
            }
        }
        if (bid.closedReason() != null && bid.stage() == BidStage.NOT_PURSUED) {
            add(new H4("Not pursued"));
            pre(bid.closedReason());
        }
    }

    private void facts(List<String> lines) {
        Div facts = new Div();
        lines.forEach(l -> facts.add(new Div(l)));
        add(facts);
    }

    private void muted(String text) {
        Div div = new Div(text);
        div.addClassName("portal-muted");
        add(div);
    }

    private void pre(String text) {
        Paragraph p = new Paragraph(text);
        p.getStyle().set("white-space", "pre-wrap");
        add(p);
    }

    private static Div detail(String text) {
        Div div = new Div(text);
        div.addClassName("detail");
        return div;
    }
}
