package org.neighbourhoodportal.maturity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.neighbourhoodportal.maturity.AssessmentStatus;

/** One INT's maturity self-assessment for a period, tied to the framework version it used. */
@Entity
@Table(name = "maturity_assessment")
public class Assessment {

    public static final int PERIOD_LENGTH = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "framework_id", nullable = false)
    private long frameworkId;

    @Column(name = "period", nullable = false, length = PERIOD_LENGTH)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AssessmentStatus status;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "opened_by", nullable = false)
    private long openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "icb_question_rounds", nullable = false)
    private int icbQuestionRounds;

    protected Assessment() {
    }

    public Assessment(long teamId, long frameworkId, String period, LocalDate closesOn, long openedBy,
                      Instant openedAt) {
        this.teamId = teamId;
        this.frameworkId = frameworkId;
        this.period = period;
        this.closesOn = closesOn;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.status = AssessmentStatus.WITH_DOMAIN_OWNERS;
    }

    public void toLead() {
        status = AssessmentStatus.WITH_LEAD;
    }

    public void submitted(Instant at) {
        status = AssessmentStatus.WITH_ICB;
        submittedAt = at;
    }

    public void questioned() {
        status = AssessmentStatus.WITH_LEAD;
        icbQuestionRounds++;
    }

    public void published(Instant at) {
        status = AssessmentStatus.PUBLISHED;
        publishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getTeamId() {
        return teamId;
    }

    public long getFrameworkId() {
        return frameworkId;
    }

    public String getPeriod() {
        return period;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public long getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public int getIcbQuestionRounds() {
        return icbQuestionRounds;
    }
}
