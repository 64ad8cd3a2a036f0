package org.neighbourhoodportal.reporting.domain;

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
import org.neighbourhoodportal.reporting.OwnerUpdate;
import org.neighbourhoodportal.reporting.UpdateState;
import org.neighbourhoodportal.workplan.Rag;

/**
 * One priority of a report: the plan's priority as it was when the report started, who was asked to update it, the
 * task that asks them, and their update.
 */
@Entity
@Table(name = "highlight_report_priority")
public class HighlightReportPriority {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(name = "priority_id", nullable = false)
    private long priorityId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    /** The priority's lead person when the report started; null when the INT's leads were asked. */
    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "owner_name", length = 200)
    private String ownerName;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(name = "rag_at_start", nullable = false, length = 10)
    private Rag ragAtStart;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private UpdateState state;

    /** The engine's task asking for this update, once it exists. */
    @Column(name = "task_id", length = 64)
    private String taskId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rag", length = 10)
    private Rag rag;

    @Column(name = "rag_reason", length = OwnerUpdate.TEXT_LENGTH)
    private String ragReason;

    @Column(name = "progress", length = OwnerUpdate.TEXT_LENGTH)
    private String progress;

    @Column(name = "next_month", length = OwnerUpdate.TEXT_LENGTH)
    private String nextMonth;

    @Column(name = "learning", length = OwnerUpdate.TEXT_LENGTH)
    private String learning;

    @Column(name = "help_needed", length = OwnerUpdate.TEXT_LENGTH)
    private String helpNeeded;

    @Column(name = "issues_risks", length = OwnerUpdate.TEXT_LENGTH)
    private String issuesRisks;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_by_name", length = 200)
    private String updatedByName;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected HighlightReportPriority() {
    }

    public HighlightReportPriority(long reportId, long priorityId, String title, Long ownerId, String ownerName,
                                   int sortOrder, Rag ragAtStart, boolean asked) {
        this.reportId = reportId;
        this.priorityId = priorityId;
        this.title = title;
        this.ownerId = ownerId;
        this.ownerName = ownerName;
        this.sortOrder = sortOrder;
        this.ragAtStart = ragAtStart;
        this.state = asked ? UpdateState.WAITING : UpdateState.NOT_ASKED;
    }

    public void askedThrough(String taskId) {
        this.taskId = taskId;
    }

    public void update(OwnerUpdate update, long by, String byName, Instant at) {
        this.rag = update.rag();
        this.ragReason = update.ragReason();
        this.progress = update.progress();
        this.nextMonth = update.nextMonth();
        this.learning = update.learning();
        this.helpNeeded = update.helpNeeded();
        this.issuesRisks = update.issuesRisks();
        this.updatedBy = by;
        this.updatedByName = byName;
        this.updatedAt = at;
        this.state = UpdateState.UPDATED;
    }

    /** The deadline passed without an update. */
    public void missed() {
        if (state == UpdateState.WAITING) {
            state = UpdateState.NOT_UPDATED;
        }
    }

    public Long getId() {
        return id;
    }

    public long getReportId() {
        return reportId;
    }

    public long getPriorityId() {
        return priorityId;
    }

    public String getTitle() {
        return title;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Rag getRagAtStart() {
        return ragAtStart;
    }

    public UpdateState getState() {
        return state;
    }

    public String getTaskId() {
        return taskId;
    }

    public Rag getRag() {
        return rag;
    }

    public String getRagReason() {
        return ragReason;
    }

    public String getProgress() {
        return progress;
    }

    public String getNextMonth() {
        return nextMonth;
    }

    public String getLearning() {
        return learning;
    }

    public String getHelpNeeded() {
        return helpNeeded;
    }

    public String getIssuesRisks() {
        return issuesRisks;
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }

    public String getUpdatedByName() {
        return updatedByName;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
