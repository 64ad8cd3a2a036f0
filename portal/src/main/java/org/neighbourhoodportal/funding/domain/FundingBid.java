package org.neighbourhoodportal.funding.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.neighbourhoodportal.funding.BidStage;

/** A funding opportunity an INT's member organisations may bid for together, and the bid it became. */
@Entity
@Table(name = "funding_bid")
public class FundingBid {

    public static final int TITLE_LENGTH = 200;
    public static final int FUNDER_LENGTH = 200;
    public static final int FUND_LENGTH = 200;
    /** Eligibility, reasons, feedback and lessons: TEXT columns, held to this on entry. */
    public static final int LONG_TEXT_LENGTH = 8000;
    public static final int REASON_LENGTH = 2000;
    public static final int REFERENCE_LENGTH = 100;
    public static final int NOTE_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "funder", nullable = false, length = FUNDER_LENGTH)
    private String funder;

    @Column(name = "fund", nullable = false, length = FUND_LENGTH)
    private String fund;

    @Column(name = "amount_sought", nullable = false)
    private long amountSought;

    @Column(name = "eligibility", columnDefinition = "text")
    private String eligibility;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "match_funding_required", nullable = false)
    private boolean matchFundingRequired;

    @Column(name = "interest_closes_on", nullable = false)
    private LocalDate interestClosesOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 30)
    private BidStage stage;

    @Column(name = "recommendation", length = 10)
    private String recommendation;

    @Column(name = "recommendation_reasons", columnDefinition = "text")
    private String recommendationReasons;

    @Column(name = "go_decision", length = 10)
    private String goDecision;

    @Column(name = "override_reason", length = REASON_LENGTH)
    private String overrideReason;

    @Column(name = "lead_organisation_id")
    private Long leadOrganisationId;

    @Column(name = "draft_due_on")
    private LocalDate draftDueOn;

    @Column(name = "approval_due_on")
    private LocalDate approvalDueOn;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "funder_reference", length = REFERENCE_LENGTH)
    private String funderReference;

    @Column(name = "submission_note", length = NOTE_LENGTH)
    private String submissionNote;

    @Column(name = "outcome", length = 10)
    private String outcome;

    @Column(name = "amount_awarded")
    private Long amountAwarded;

    @Column(name = "feedback", columnDefinition = "text")
    private String feedback;

    @Column(name = "lessons", columnDefinition = "text")
    private String lessons;

    @Column(name = "closed_reason", length = REASON_LENGTH)
    private String closedReason;

    @Column(name = "won_priority_id")
    private Long wonPriorityId;

    @Column(name = "reopened_from_id")
    private Long reopenedFromId;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "funding_bid_priority", joinColumns = @JoinColumn(name = "bid_id"))
    @Column(name = "priority_id")
    private Set<Long> priorities = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected FundingBid() {
    }

    public FundingBid(long teamId, String title, String funder, String fund, long amountSought, String eligibility,
                      LocalDate deadline, boolean matchFundingRequired, LocalDate interestClosesOn,
                      Set<Long> priorities, Long reopenedFromId, long createdBy, Instant createdAt) {
        this.teamId = teamId;
        this.title = title;
        this.funder = funder;
        this.fund = fund;
        this.amountSought = amountSought;
        this.eligibility = eligibility;
        this.deadline = deadline;
        this.matchFundingRequired = matchFundingRequired;
        this.interestClosesOn = interestClosesOn;
        this.priorities = new HashSet<>(priorities);
        this.reopenedFromId = reopenedFromId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.stage = BidStage.INTEREST;
    }

    public void recommend(boolean go, String reasons) {
        this.recommendation = go ? "go" : "no-go";
        this.recommendationReasons = reasons;
        this.stage = BidStage.GO_NO_GO;
    }

    public void decide(boolean go, String overrideReason) {
        this.goDecision = go ? "go" : "no-go";
        this.overrideReason = overrideReason;
        this.stage = go ? BidStage.PARTNERS : BidStage.NOT_PURSUED;
    }

    public void nameLead(long organisationId, LocalDate draftDueOn, LocalDate approvalDueOn) {
        this.leadOrganisationId = organisationId;
        this.draftDueOn = draftDueOn;
        this.approvalDueOn = approvalDueOn;
        this.stage = BidStage.COMMITMENTS;
    }

    public void startDrafting() {
        this.stage = BidStage.DRAFTING;
    }

    public void submit(LocalDate on, String reference, String note) {
        this.submittedOn = on;
        this.funderReference = reference;
        this.submissionNote = note;
        this.stage = BidStage.SUBMITTED;
    }

    public void won(Long amountAwarded, String feedback, long priorityId) {
        this.outcome = "won";
        this.amountAwarded = amountAwarded;
        this.feedback = feedback;
        this.wonPriorityId = priorityId;
        this.stage = BidStage.WON;
    }

    public void lost(String feedback, String lessons) {
        this.outcome = "lost";
        this.feedback = feedback;
        this.lessons = lessons;
        this.stage = BidStage.LOST;
    }

    public void notPursued(String reason) {
        this.closedReason = reason;
        this.stage = BidStage.NOT_PURSUED;
    }

    public Long getId() { return id; }
    public long getTeamId() { return teamId; }
    public String getTitle() { return title; }
    public String getFunder() { return funder; }
    public String getFund() { return fund; }
    public long getAmountSought() { return amountSought; }
    public String getEligibility() { return eligibility; }
    public LocalDate getDeadline() { return deadline; }
    public boolean isMatchFundingRequired() { return matchFundingRequired; }
    public LocalDate getInterestClosesOn() { return interestClosesOn; }
    public BidStage getStage() { return stage; }
    public String getRecommendation() { return recommendation; }
    public String getRecommendationReasons() { return recommendationReasons; }
    public String getGoDecision() { return goDecision; }
    public String getOverrideReason() { return overrideReason; }
    public Long getLeadOrganisationId() { return leadOrganisationId; }
    public LocalDate getDraftDueOn() { return draftDueOn; }
    public LocalDate getApprovalDueOn() { return approvalDueOn; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public String getFunderReference() { return funderReference; }
    public String getSubmissionNote() { return submissionNote; }
    public String getOutcome() { return outcome; }
    public Long getAmountAwarded() { return amountAwarded; }
    public String getFeedback() { return feedback; }
    public String getLessons() { return lessons; }
    public String getClosedReason() { return closedReason; }
    public Long getWonPriorityId() { return wonPriorityId; }
    public Long getReopenedFromId() { return reopenedFromId; }
    public long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<Long> getPriorities() { return Set.copyOf(priorities); }
    public int getVersion() { return version; }
}
