package org.neighbourhoodportal.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One version of a ToR or MoU: its structured quorum and decision rules; its sections are {@link AgreementSection}s. */
@Entity
@Table(name = "agreement_version")
public class AgreementVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id")
    private long agreementId;

    @Column(name = "number")
    private int number;

    @Column(name = "quorum_members")
    private int quorumMembers;

    @Column(name = "quorum_seats", length = 1000)
    private String quorumSeats;

    @Column(name = "decision_method", length = 30)
    private String decisionMethod;

    @Column(name = "conflicts_rule", length = 30)
    private String conflictsRule;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    @Column(name = "change_note", length = 1000)
    private String changeNote;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected AgreementVersion() {
    }

    public AgreementVersion(long agreementId, int number, int quorumMembers, String quorumSeats, String decisionMethod, String conflictsRule, LocalDate reviewOn, String changeNote, long createdBy, Instant createdAt) {
        this.agreementId = agreementId;
        this.number = number;
        this.quorumMembers = quorumMembers;
        this.quorumSeats = quorumSeats;
        this.decisionMethod = decisionMethod;
        this.conflictsRule = conflictsRule;
        this.reviewOn = reviewOn;
        this.changeNote = changeNote;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getAgreementId() {
        return agreementId;
    }

    public int getNumber() {
        return number;
    }

    public int getQuorumMembers() {
        return quorumMembers;
    }

    public String getQuorumSeats() {
        return quorumSeats;
    }

    public String getDecisionMethod() {
        return decisionMethod;
    }

    public String getConflictsRule() {
        return conflictsRule;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
