package org.neighbourhoodportal.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something that happened to a report: started, updated, reminded, closed, compiled, sent back, published. */
@Entity
@Table(name = "highlight_report_event")
public class HighlightReportEvent {

    public static final int DETAIL_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName;

    @Column(name = "what", nullable = false, length = 200)
    private String what;

    @Column(name = "detail", length = DETAIL_LENGTH)
    private String detail;

    protected HighlightReportEvent() {
    }

    public HighlightReportEvent(long reportId, Instant occurredAt, String actorName, String what, String detail) {
        this.reportId = reportId;
        this.occurredAt = occurredAt;
        this.actorName = actorName;
        this.what = what;
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail
                : detail.substring(0, DETAIL_LENGTH - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public long getReportId() {
        return reportId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActorName() {
        return actorName;
    }

    public String getWhat() {
        return what;
    }

    public String getDetail() {
        return detail;
    }
}
