package org.neighbourhoodportal.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member organisation puts a person forward for a seat; once the group is confirmed, appointed or not. */
@Entity
@Table(name = "leadership_nomination")
public class Nomination {

    public static final int STATEMENT_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(name = "seat_id", nullable = false)
    private long seatId;

    @Column(name = "call_id", nullable = false)
    private long callId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "nominee_id", nullable = false)
    private long nomineeId;

    @Column(name = "nominated_by", nullable = false)
    private long nominatedBy;

    @Column(name = "statement", length = STATEMENT_LENGTH)
    private String statement;

    @Column(name = "nominated_at", nullable = false)
    private Instant nominatedAt;

    @Column(name = "appointed")
    private Boolean appointed;

    protected Nomination() {
    }

    public Nomination(long groupId, long seatId, long callId, long organisationId, long nomineeId, long nominatedBy,
                      String statement, Instant nominatedAt) {
        this.groupId = groupId;
        this.seatId = seatId;
        this.callId = callId;
        this.organisationId = organisationId;
        this.nomineeId = nomineeId;
        this.nominatedBy = nominatedBy;
        this.statement = statement;
        this.nominatedAt = nominatedAt;
    }

    public void decide(boolean appointed) {
        this.appointed = appointed;
    }

    public Long getId() { return id; }
    public long getGroupId() { return groupId; }
    public long getSeatId() { return seatId; }
    public long getCallId() { return callId; }
    public long getOrganisationId() { return organisationId; }
    public long getNomineeId() { return nomineeId; }
    public long getNominatedBy() { return nominatedBy; }
    public String getStatement() { return statement; }
    public Instant getNominatedAt() { return nominatedAt; }
    public Boolean getAppointed() { return appointed; }
}
