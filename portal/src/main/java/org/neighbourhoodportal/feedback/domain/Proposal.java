package org.neighbourhoodportal.feedback.domain;

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
import org.neighbourhoodportal.feedback.ProposalStatus;

/** A proposal the INT sends to its PPGs for their view. */
@Entity
@Table(name = "ppg_proposal")
public class Proposal {

    public static final int TITLE_LENGTH = 200;
    public static final int TEXT_LENGTH = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "proposal", nullable = false, length = TEXT_LENGTH)
    private String proposal;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProposalStatus status;

    @Column(name = "decision", length = 4000)
    private String decision;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ppg_proposal_invite", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "ppg_id")
    private Set<Long> invitedPpgs = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Proposal() {
    }

    public Proposal(long teamId, String title, String proposal, LocalDate closesOn, Set<Long> invitedPpgs,
                    long createdBy, Instant createdAt) {
        this.teamId = teamId;
        this.title = title;
        this.proposal = proposal;
        this.closesOn = closesOn;
        this.invitedPpgs = new HashSet<>(invitedPpgs);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = ProposalStatus.OPEN;
    }

    public void decide(String decision, Instant at) {
        this.decision = decision;
        this.decidedAt = at;
        this.status = ProposalStatus.DECIDED;
    }

    /** The lead who shared it took it back: no more views are asked for. */
    public void withdraw() {
        this.status = ProposalStatus.WITHDRAWN;
    }

    public void publish() {
        this.status = ProposalStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public long getTeamId() {
        return teamId;
    }

    public String getTitle() {
        return title;
    }

    public String getProposal() {
        return proposal;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public String getDecision() {
        return decision;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Set<Long> getInvitedPpgs() {
        return Set.copyOf(invitedPpgs);
    }
}
