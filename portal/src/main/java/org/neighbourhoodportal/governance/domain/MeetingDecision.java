package org.neighbourhoodportal.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.neighbourhoodportal.governance.DecisionMethod;

/**
 * A decision taken on an agenda item, and how. Whether it was quorate is not stored: it is worked out whenever it is
 * shown, from the attendance, the declarations and the ToR in force on the meeting's date ({@code QuorumCheck}).
 */
@Entity
@Table(name = "meeting_decision")
public class MeetingDecision {

    public static final int DECISION_LENGTH = org.neighbourhoodportal.governance.MeetingLimits.DECISION;
    public static final int VOTES_LENGTH = org.neighbourhoodportal.governance.MeetingLimits.VOTES;
    public static final int FLAG_NOTE_LENGTH = org.neighbourhoodportal.governance.MeetingLimits.FLAG_NOTE;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "decision", nullable = false, length = DECISION_LENGTH)
    private String decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, length = 12)
    private DecisionMethod method;

    @Column(name = "votes", length = VOTES_LENGTH)
    private String votes;

    @Column(name = "flag_note", length = FLAG_NOTE_LENGTH)
    private String flagNote;

    /** The earlier, flagged decision this one ratifies or rejects; null for an ordinary decision. */
    @Column(name = "ratifies_id")
    private Long ratifiesId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ratification", length = 10)
    private org.neighbourhoodportal.governance.Ratification ratification;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MeetingDecision() {
    }

    public MeetingDecision(long meetingId, long itemId, String decision, DecisionMethod method, String votes,
                           String flagNote, long recordedBy, Instant recordedAt) {
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.decision = decision;
        this.method = method;
        this.votes = votes;
        this.flagNote = flagNote;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Makes this decision the ratification (or rejection) of an earlier, flagged one. */
    public MeetingDecision ratifying(long decisionId, org.neighbourhoodportal.governance.Ratification outcome) {
        this.ratifiesId = decisionId;
        this.ratification = outcome;
        return this;
    }

    public Long getId() { return id; }
    public long getMeetingId() { return meetingId; }
    public long getItemId() { return itemId; }
    public String getDecision() { return decision; }
    public DecisionMethod getMethod() { return method; }
    public String getVotes() { return votes; }
    public String getFlagNote() { return flagNote; }
    public Long getRatifiesId() { return ratifiesId; }
    public org.neighbourhoodportal.governance.Ratification getRatification() { return ratification; }
    public long getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
