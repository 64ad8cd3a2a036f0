package org.neighbourhoodportal.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A round of comments or of signatures on one version: the round of answers the lead opened, kept for the process step that hands it on. */
@Entity
@Table(name = "agreement_round")
public class AgreementRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id")
    private long agreementId;

    @Column(name = "purpose", length = 20)
    private String purpose;

    @Column(name = "version_number")
    private int versionNumber;

    @Column(name = "round_id")
    private long roundId;

    @Column(name = "party_groups", length = 2000)
    private String partyGroups;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "remind_at")
    private Instant remindAt;

    protected AgreementRound() {
    }

    public AgreementRound(long agreementId, String purpose, int versionNumber, long roundId, String partyGroups, Instant closesAt, Instant remindAt) {
        this.agreementId = agreementId;
        this.purpose = purpose;
        this.versionNumber = versionNumber;
        this.roundId = roundId;
        this.partyGroups = partyGroups;
        this.closesAt = closesAt;
        this.remindAt = remindAt;
    }

    /** The round opened for this row. */
    public void opened(long roundId, String partyGroups, Instant remindAt) {
        this.roundId = roundId;
        this.partyGroups = partyGroups;
        this.remindAt = remindAt;
    }

    public Long getId() {
        return id;
    }

    public long getAgreementId() {
        return agreementId;
    }

    public String getPurpose() {
        return purpose;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public long getRoundId() {
        return roundId;
    }

    public String getPartyGroups() {
        return partyGroups;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Instant getRemindAt() {
        return remindAt;
    }
}
