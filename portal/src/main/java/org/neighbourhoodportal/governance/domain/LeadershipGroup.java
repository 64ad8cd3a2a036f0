package org.neighbourhoodportal.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.neighbourhoodportal.governance.GroupStatus;

/** An INT's leadership group: its seats are {@link LeadershipSeat}s, its members the appointed {@link Nomination}s. */
@Entity
@Table(name = "leadership_group")
public class LeadershipGroup {

    public static final int NAME_LENGTH = 200;
    public static final int REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private GroupStatus status;

    @Column(name = "term_months", nullable = false)
    private int termMonths;

    @Column(name = "gaps", length = 4000)
    private String gaps;

    @Column(name = "gaps_accepted_reason", length = REASON_LENGTH)
    private String gapsAcceptedReason;

    @Column(name = "outcome_note", length = REASON_LENGTH)
    private String outcomeNote;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "term_ends_on")
    private LocalDate termEndsOn;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected LeadershipGroup() {
    }

    public LeadershipGroup(long teamId, String name, int termMonths, long createdBy, Instant createdAt) {
        this.teamId = teamId;
        this.name = name;
        this.termMonths = termMonths;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = GroupStatus.NOMINATING;
    }

    /** The decision tables' answer: the gaps in plain English (one a line), or none. */
    public void checked(String gapsInWords) {
        this.gaps = gapsInWords == null || gapsInWords.isBlank() ? null : gapsInWords;
        this.status = this.gaps == null ? GroupStatus.CONFIRMING : GroupStatus.GAPS;
    }

    public void askedAgain() {
        this.status = GroupStatus.NOMINATING;
    }

    public void gapsAccepted(String reason) {
        this.gapsAcceptedReason = reason;
        this.status = GroupStatus.CONFIRMING;
    }

    public void confirm(Instant at, LocalDate termEndsOn, String note) {
        this.confirmedAt = at;
        this.termEndsOn = termEndsOn;
        this.outcomeNote = note;
        this.status = GroupStatus.CONFIRMED;
    }

    public Long getId() { return id; }
    public long getTeamId() { return teamId; }
    public String getName() { return name; }
    public GroupStatus getStatus() { return status; }
    public int getTermMonths() { return termMonths; }
    public String getGaps() { return gaps; }
    public String getGapsAcceptedReason() { return gapsAcceptedReason; }
    public String getOutcomeNote() { return outcomeNote; }
    public long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public LocalDate getTermEndsOn() { return termEndsOn; }
}
