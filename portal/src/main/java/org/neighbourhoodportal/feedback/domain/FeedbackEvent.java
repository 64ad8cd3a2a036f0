package org.neighbourhoodportal.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.neighbourhoodportal.feedback.FeedbackEventKind;

/** One line of a feedback item's timeline. Internal lines are hidden from PPG representatives. */
@Entity
@Table(name = "feedback_event")
public class FeedbackEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "feedback_id", nullable = false)
    private long feedbackId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private FeedbackEventKind kind;

    @Column(name = "detail", length = 4000)
    private String detail;

    @Column(name = "visible_to_ppg", nullable = false)
    private boolean visibleToPpg;

    protected FeedbackEvent() {
    }

    public FeedbackEvent(long feedbackId, Instant occurredAt, Long actorId, String actorName, FeedbackEventKind kind,
                         String detail, boolean visibleToPpg) {
        this.feedbackId = feedbackId;
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.kind = kind;
        this.detail = detail;
        this.visibleToPpg = visibleToPpg;
    }

    public Long getId() {
        return id;
    }

    public long getFeedbackId() {
        return feedbackId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public FeedbackEventKind getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }

    public boolean isVisibleToPpg() {
        return visibleToPpg;
    }
}
