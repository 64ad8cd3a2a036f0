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
import org.neighbourhoodportal.rounds.RoundSpec;
import org.neighbourhoodportal.rounds.RoundStatus;

/** A round of answers. Answers write their party's row, not this one; the lead's actions write this one. */
@Entity
@Table(name = "response_round")
public class Round {

    public static final int REASON_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "kind", nullable = false, length = RoundSpec.KIND_LENGTH)
    private String kind;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "subject", nullable = false, length = RoundSpec.SUBJECT_LENGTH)
    private String subject;

    @Column(name = "route", nullable = false, length = RoundSpec.ROUTE_LENGTH)
    private String route;

    @Column(name = "lead_group", nullable = false, length = 100)
    private String leadGroup;

    /** Space-separated work groups who may read the round besides its leads and parties. */
    @Column(name = "reader_groups", nullable = false, length = RoundSpec.READER_GROUPS_LENGTH)
    private String readerGroups;

    @Column(name = "answer_form", nullable = false, length = 100)
    private String answerForm;

    @Column(name = "answer_task", nullable = false, length = RoundSpec.TASK_NAME_LENGTH)
    private String answerTask;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RoundStatus status;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "remind_at", nullable = false)
    private Instant remindAt;

    @Column(name = "opened_by", nullable = false)
    private long openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "extensions", nullable = false)
    private int extensions;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private Long closedBy;

    @Column(name = "close_reason", length = REASON_LENGTH)
    private String closeReason;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Round() {
    }

    public Round(RoundSpec spec, Instant remindAt, long openedBy, Instant openedAt) {
        this.kind = spec.kind();
        this.recordId = spec.recordId();
        this.subject = spec.subject();
        this.route = spec.route();
        this.leadGroup = spec.leadGroup();
        this.readerGroups = String.join(" ", spec.readerGroups());
        this.answerForm = spec.answerForm();
        this.answerTask = spec.answerTaskName();
        this.closesAt = spec.closesAt();
        this.remindAt = remindAt;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.status = RoundStatus.OPEN;
    }

    public void extend(Instant newClosesAt, Instant newRemindAt) {
        this.closesAt = newClosesAt;
        this.remindAt = newRemindAt;
        this.extensions++;
    }

    public void close(Instant at, Long by, String reason) {
        this.status = RoundStatus.CLOSED;
        this.closedAt = at;
        this.closedBy = by;
        this.closeReason = reason;
    }

    public boolean isOpen() {
        return status == RoundStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public long getRecordId() {
        return recordId;
    }

    public String getSubject() {
        return subject;
    }

    public String getRoute() {
        return route;
    }

    public String getLeadGroup() {
        return leadGroup;
    }

    public java.util.List<String> getReaderGroups() {
        return readerGroups.isBlank() ? java.util.List.of() : java.util.List.of(readerGroups.split(" "));
    }

    public String getAnswerForm() {
        return answerForm;
    }

    public String getAnswerTask() {
        return answerTask;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Instant getRemindAt() {
        return remindAt;
    }

    public long getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public int getExtensions() {
        return extensions;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getClosedBy() {
        return closedBy;
    }

    public String getCloseReason() {
        return closeReason;
    }
}
