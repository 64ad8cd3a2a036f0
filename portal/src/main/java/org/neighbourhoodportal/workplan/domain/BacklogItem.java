package org.neighbourhoodportal.workplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something waiting to become a work plan priority. */
@Entity
@Table(name = "workplan_backlog_item")
public class BacklogItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "detail", length = 4000)
    private String detail;

    @Column(name = "source_kind", nullable = false, length = 30)
    private String sourceKind;

    @Column(name = "source_id")
    private Long sourceId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "priority_id")
    private Long priorityId;

    protected BacklogItem() {
    }

    public BacklogItem(long teamId, String title, String detail, String sourceKind, Long sourceId, Instant createdAt) {
        this.teamId = teamId;
        this.title = title;
        this.detail = detail;
        this.sourceKind = sourceKind;
        this.sourceId = sourceId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getTeamId() {
        return teamId;
    }

    public String getTitle() {
        return title;
    }

    public String getDetail() {
        return detail;
    }

    public String getSourceKind() {
        return sourceKind;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public Long getPriorityId() {
        return priorityId;
    }

    public void linkTo(Long priorityId) {
        this.priorityId = priorityId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
