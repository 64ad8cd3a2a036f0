package org.neighbourhoodportal.rounds.domain;

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
import org.neighbourhoodportal.rounds.Party;
import org.neighbourhoodportal.rounds.PartyState;
import org.neighbourhoodportal.rounds.PartyType;

/** One party asked in a round, and where it stands. */
@Entity
@Table(name = "response_round_party")
public class RoundParty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_type", nullable = false, length = 20)
    private PartyType partyType;

    @Column(name = "party_id", nullable = false)
    private long partyId;

    @Column(name = "party_name", nullable = false, length = Party.NAME_LENGTH)
    private String partyName;

    @Column(name = "task_group", nullable = false, length = Party.GROUP_LENGTH)
    private String taskGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private PartyState state;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "chased_at")
    private Instant chasedAt;

    @Column(name = "chases", nullable = false)
    private int chases;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected RoundParty() {
    }

    public RoundParty(long roundId, Party party) {
        this.roundId = roundId;
        this.partyType = party.type();
        this.partyId = party.id();
        this.partyName = party.name();
        this.taskGroup = party.group();
        this.state = PartyState.ASKED;
    }

    public void answered(long by, Instant at) {
        this.state = PartyState.ANSWERED;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public void chased(Instant at) {
        this.chasedAt = at;
        this.chases++;
    }

    /** A party still waiting becomes LATE or CLOSED when the round ends; one that answered stays ANSWERED. */
    public void roundEnded(PartyState outstanding) {
        if (state == PartyState.ASKED) {
            state = outstanding;
        }
    }

    public Long getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public PartyType getPartyType() {
        return partyType;
    }

    public long getPartyId() {
        return partyId;
    }

    public String getPartyName() {
        return partyName;
    }

    public String getTaskGroup() {
        return taskGroup;
    }

    public PartyState getState() {
        return state;
    }

    public Long getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getChasedAt() {
        return chasedAt;
    }

    public int getChases() {
        return chases;
    }
}
