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
import org.neighbourhoodportal.governance.InterestAction;

/** A declaration of interest in an agenda item: who, what interest, and what they did about the decision. */
@Entity
@Table(name = "meeting_declaration")
public class MeetingDeclaration {

    public static final int INTEREST_LENGTH = org.neighbourhoodportal.governance.MeetingLimits.INTEREST;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "interest", nullable = false, length = INTEREST_LENGTH)
    private String interest;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 12)
    private InterestAction action;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MeetingDeclaration() {
    }

    public MeetingDeclaration(long meetingId, long itemId, long personId, String interest, InterestAction action,
                              long recordedBy, Instant recordedAt) {
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.personId = personId;
        this.interest = interest;
        this.action = action;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public long getMeetingId() { return meetingId; }
    public long getItemId() { return itemId; }
    public long getPersonId() { return personId; }
    public String getInterest() { return interest; }
    public InterestAction getAction() { return action; }
    public long getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
