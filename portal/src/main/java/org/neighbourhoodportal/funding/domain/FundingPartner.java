package org.neighbourhoodportal.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One member organisation asked about a bid: its expression of interest, then its commitment, confirmed by its
 * designated signatory.
 */
@Entity
@Table(name = "funding_partner")
public class FundingPartner {

    public static final int ROLE_LENGTH = 1000;
    public static final int CONTRIBUTION_LENGTH = 2000;
    public static final int STAFF_LENGTH = 500;
    public static final int NOTES_LENGTH = 2000;
    public static final String COMMITTED = "committed";
    public static final String WITHDRAWN = "withdrawn";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "bid_id", nullable = false)
    private long bidId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "interested")
    private Boolean interested;

    @Column(name = "partner_role", length = ROLE_LENGTH)
    private String role;

    @Column(name = "contribution", length = CONTRIBUTION_LENGTH)
    private String contribution;

    @Column(name = "match_funding")
    private Long matchFunding;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "commitment", length = 20)
    private String commitment;

    @Column(name = "committed_money")
    private Long committedMoney;

    @Column(name = "committed_staff", length = STAFF_LENGTH)
    private String committedStaff;

    @Column(name = "commitment_notes", length = NOTES_LENGTH)
    private String commitmentNotes;

    @Column(name = "committed_by")
    private Long committedBy;

    @Column(name = "committed_at")
    private Instant committedAt;

    protected FundingPartner() {
    }

    public FundingPartner(long bidId, long organisationId) {
        this.bidId = bidId;
        this.organisationId = organisationId;
    }

    public void expressInterest(boolean interested, String role, String contribution, Long matchFunding,
                                long personId, Instant at) {
        this.interested = interested;
        this.role = role;
        this.contribution = contribution;
        this.matchFunding = matchFunding;
        this.answeredBy = personId;
        this.answeredAt = at;
    }

    public void commit(boolean commits, Long money, String staff, String notes, long personId, Instant at) {
        this.commitment = commits ? COMMITTED : WITHDRAWN;
        this.committedMoney = money;
        this.committedStaff = staff;
        this.commitmentNotes = notes;
        this.committedBy = personId;
        this.committedAt = at;
    }

    public boolean isInterested() { return Boolean.TRUE.equals(interested); }
    public boolean hasCommitted() { return COMMITTED.equals(commitment); }
    public Long getId() { return id; }
    public long getBidId() { return bidId; }
    public long getOrganisationId() { return organisationId; }
    public Boolean getInterested() { return interested; }
    public String getRole() { return role; }
    public String getContribution() { return contribution; }
    public Long getMatchFunding() { return matchFunding; }
    public Long getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
    public String getCommitment() { return commitment; }
    public Long getCommittedMoney() { return committedMoney; }
    public String getCommittedStaff() { return committedStaff; }
    public String getCommitmentNotes() { return commitmentNotes; }
    public Long getCommittedBy() { return committedBy; }
    public Instant getCommittedAt() { return committedAt; }
}
