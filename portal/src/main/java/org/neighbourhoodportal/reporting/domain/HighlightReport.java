package org.neighbourhoodportal.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.FetchType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.HashMap;
import org.neighbourhoodportal.reporting.ReportSections;
import org.neighbourhoodportal.reporting.ReportStatus;
import org.hibernate.annotations.BatchSize;

/** One INT's highlight report for one month. The process that produces it has the report's id as business key. */
@Entity
@Table(name = "highlight_report")
public class HighlightReport {

    public static final int TITLE_LENGTH = 200;
    public static final int CHANGES_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "workplan_id", nullable = false)
    private long workplanId;

    /** yyyy-MM. */
    @Column(name = "period", nullable = false, length = 7)
    private String period;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ReportStatus status;

    @Column(name = "updates_due", nullable = false)
    private Instant updatesDue;

    @Column(name = "remind_on", nullable = false)
    private Instant remindOn;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "updates_closed_at")
    private Instant updatesClosedAt;

    /**
     * The compiled sections, by name. Kept in a table of their own (highlight_report_section): seven long texts in
     * one row would exceed MariaDB's 64 KB row size. Loaded with the report; for a list of reports (the reports
     * page, the inbox's titles) the sections of up to 100 reports in one statement, not one per report.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "highlight_report_section", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "section", length = 40)
    @Column(name = "body", length = ReportSections.SECTION_LENGTH)
    private Map<String, String> sections = new HashMap<>();

    @Column(name = "compiled_by")
    private Long compiledBy;

    @Column(name = "compiled_at")
    private Instant compiledAt;

    @Column(name = "changes_needed", length = CHANGES_LENGTH)
    private String changesNeeded;

    @Column(name = "approved_by")
    private Long approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** The lead who started it by hand, or null when the monthly schedule did. */
    @Column(name = "started_by")
    private Long startedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected HighlightReport() {
    }

    public HighlightReport(long teamId, long workplanId, String period, String title, Instant updatesDue,
                           Instant remindOn, Long startedBy, Instant createdAt) {
        this.teamId = teamId;
        this.workplanId = workplanId;
        this.period = period;
        this.title = title;
        this.updatesDue = updatesDue;
        this.remindOn = remindOn;
        this.startedBy = startedBy;
        this.createdAt = createdAt;
        this.status = ReportStatus.COLLECTING_UPDATES;
    }

    /** @return false if the owners had already been reminded */
    public boolean remind(Instant at) {
        if (remindedAt != null) {
            return false;
        }
        remindedAt = at;
        return true;
    }

    /** @return false if the round of updates had already been closed */
    public boolean closeUpdates(Instant at) {
        if (updatesClosedAt != null) {
            return false;
        }
        updatesClosedAt = at;
        status = ReportStatus.COMPILING;
        return true;
    }

    public void compile(ReportSections sections, long by, Instant at) {
        this.sections.clear();
        put("priorities", sections.prioritiesSummary());
        put("outcomes", sections.outcomes());
        put("completed_last_month", sections.completedLastMonth());
        put("planned_next_month", sections.plannedNextMonth());
        put("learning_to_share", sections.learningToShare());
        put("help_requested", sections.helpRequested());
        put("issues_and_risks", sections.issuesAndRisks());
        put("missed_updates", sections.missedUpdates());
        compiledBy = by;
        compiledAt = at;
        status = ReportStatus.AWAITING_APPROVAL;
    }

    public void sendBack(String changes) {
        changesNeeded = changes;
        status = ReportStatus.COMPILING;
    }

    public void approve(long by, Instant at) {
        approvedBy = by;
        approvedAt = at;
    }

    /** @return false if it was published already */
    public boolean publish(Instant at) {
        if (status == ReportStatus.PUBLISHED) {
            return false;
        }
        status = ReportStatus.PUBLISHED;
        publishedAt = at;
        return true;
    }

    /** The compiled text, or null until the lead has compiled it. */
    public ReportSections getSections() {
        return compiledAt == null ? null : new ReportSections(sections.get("priorities"), sections.get("outcomes"),
                sections.get("completed_last_month"), sections.get("planned_next_month"),
                sections.get("learning_to_share"), sections.get("help_requested"), sections.get("issues_and_risks"),
                sections.get("missed_updates"));
    }

    private void put(String section, String body) {
        if (body != null) {
            sections.put(section, body);
        }
    }

    public Long getId() {
        return id;
    }

    public long getTeamId() {
        return teamId;
    }

    public long getWorkplanId() {
        return workplanId;
    }

    public String getPeriod() {
        return period;
    }

    public String getTitle() {
        return title;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public Instant getUpdatesDue() {
        return updatesDue;
    }

    public Instant getRemindOn() {
        return remindOn;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getUpdatesClosedAt() {
        return updatesClosedAt;
    }

    public Long getCompiledBy() {
        return compiledBy;
    }

    public Instant getCompiledAt() {
        return compiledAt;
    }

    public String getChangesNeeded() {
        return changesNeeded;
    }

    public Long getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Long getStartedBy() {
        return startedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
