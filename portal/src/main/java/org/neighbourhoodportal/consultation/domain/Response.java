package org.neighbourhoodportal.consultation.domain;

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
import org.neighbourhoodportal.consultation.ResponseStatus;
import org.neighbourhoodportal.rounds.PartyType;

/** One invited organisation's or PPG's response: made at launch, drafted by its representatives, sent once. */
@Entity
@Table(name = "consultation_response")
public class Response {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", nullable = false)
    private long consultationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_type", nullable = false, length = 20)
    private PartyType partyType;

    @Column(name = "party_id", nullable = false)
    private long partyId;

    @Column(name = "party_name", nullable = false, length = 200)
    private String partyName;

    /** The sector's label as it was at launch ("Patient participation group" for a PPG). */
    @Column(name = "sector", nullable = false, length = 60)
    private String sector;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ResponseStatus status;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "submitted_by")
    private Long submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Response() {
    }

    public Response(long consultationId, PartyType partyType, long partyId, String partyName, String sector) {
        this.consultationId = consultationId;
        this.partyType = partyType;
        this.partyId = partyId;
        this.partyName = partyName;
        this.sector = sector;
        this.status = ResponseStatus.INVITED;
    }

    public void drafted(long personId, Instant at) {
        this.status = ResponseStatus.DRAFT;
        this.updatedBy = personId;
        this.updatedAt = at;
    }

    public void submitted(long personId, Instant at) {
        this.status = ResponseStatus.SUBMITTED;
        this.submittedBy = personId;
        this.submittedAt = at;
    }

    public Long getId() { return id; }
    public long getConsultationId() { return consultationId; }
    public PartyType getPartyType() { return partyType; }
    public long getPartyId() { return partyId; }
    public String getPartyName() { return partyName; }
    public String getSector() { return sector; }
    public ResponseStatus getStatus() { return status; }
    public Long getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Long getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
}
