package org.neighbourhoodportal.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One PPG's view on a proposal. */
@Entity
@Table(name = "ppg_proposal_response")
public class ProposalResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(name = "ppg_id", nullable = false)
    private long ppgId;

    @Column(name = "responder_id", nullable = false)
    private long responderId;

    @Column(name = "stance", nullable = false, length = 30)
    private String stance;

    @Column(name = "comments", nullable = false, length = 4000)
    private String comments;

    @Column(name = "people_consulted")
    private Integer peopleConsulted;

    @Column(name = "responded_at", nullable = false)
    private Instant respondedAt;

    protected ProposalResponse() {
    }

    public ProposalResponse(long proposalId, long ppgId, long responderId, String stance, String comments,
                            Integer peopleConsulted, Instant respondedAt) {
        this.proposalId = proposalId;
        this.ppgId = ppgId;
        this.responderId = responderId;
        this.stance = stance;
        this.comments = comments;
        this.peopleConsulted = peopleConsulted;
        this.respondedAt = respondedAt;
    }

    public Long getId() {
        return id;
    }

    public long getProposalId() {
        return proposalId;
    }

    public long getPpgId() {
        return ppgId;
    }

    public long getResponderId() {
        return responderId;
    }

    public String getStance() {
        return stance;
    }

    public String getComments() {
        return comments;
    }

    public Integer getPeopleConsulted() {
        return peopleConsulted;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }
}
