package org.neighbourhoodportal.workplan.domain;

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
import org.neighbourhoodportal.workplan.ActionStatus;

/** An action or milestone under a priority. */
@Entity
@Table(name = "plan_action")
public class PlanAction {

    public static final int TITLE_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "priority_id", nullable = false)
    private long priorityId;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "owner_person_id")
    private Long ownerPersonId;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ActionStatus status;

    @Column(name = "percent_complete", nullable = false)
    private int percentComplete;

    @Column(name = "milestone", nullable = false)
    private boolean milestone;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected PlanAction() {
    }

    public PlanAction(long priorityId, int sortOrder) {
        this.priorityId = priorityId;
        this.sortOrder = sortOrder;
        this.status = ActionStatus.NOT_STARTED;
    }

    public void describe(String title, Long ownerPersonId, LocalDate dueOn, boolean milestone) {
        this.title = title;
        this.ownerPersonId = ownerPersonId;
        this.dueOn = dueOn;
        this.milestone = milestone;
    }

    public void progress(ActionStatus status, int percentComplete) {
        this.status = status;
        this.percentComplete = status == ActionStatus.DONE ? 100 : percentComplete;
    }

    public Long getId() {
        return id;
    }

    public long getPriorityId() {
        return priorityId;
    }

    public String getTitle() {
        return title;
    }

    public Long getOwnerPersonId() {
        return ownerPersonId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public int getPercentComplete() {
        return percentComplete;
    }

    public boolean isMilestone() {
        return milestone;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public int getVersion() {
        return version;
    }

    /** Who saved this version, and when: shown to anyone whose screen was opened on an older one. */
    public void changed(Long personId, Instant at) {
        this.changedBy = personId;
        this.changedAt = at;
    }

    public Long getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
