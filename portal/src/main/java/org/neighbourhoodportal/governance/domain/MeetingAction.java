package org.neighbourhoodportal.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** An action from a meeting: what, who owns it, by when, optionally the work plan priority it serves; done or not. */
@Entity
@Table(name = "meeting_action")
public class MeetingAction {

    public static final int DESCRIPTION_LENGTH = org.neighbourhoodportal.governance.MeetingLimits.ACTION;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "description", nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "priority_id")
    private Long priorityId;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "overdue_reminded_at")
    private Instant overdueRemindedAt;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected MeetingAction() {
    }

    public MeetingAction(long groupId, long meetingId, Long itemId, String description, long ownerId, LocalDate dueOn,
                         Long priorityId, long createdBy, Instant createdAt) {
        this.groupId = groupId;
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.description = description;
        this.ownerId = ownerId;
        this.dueOn = dueOn;
        this.priorityId = priorityId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void done(Instant at) {
        this.doneAt = at;
    }

    public void reminded(Instant at) {
        this.remindedAt = at;
    }

    public void overdueReminded(Instant at) {
        this.overdueRemindedAt = at;
    }

    public Long getId() { return id; }
    public long getGroupId() { return groupId; }
    public long getMeetingId() { return meetingId; }
    public Long getItemId() { return itemId; }
    public String getDescription() { return description; }
    public long getOwnerId() { return ownerId; }
    public LocalDate getDueOn() { return dueOn; }
    public Long getPriorityId() { return priorityId; }
    public Instant getDoneAt() { return doneAt; }
    public Instant getRemindedAt() { return remindedAt; }
    public Instant getOverdueRemindedAt() { return overdueRemindedAt; }
    public long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
