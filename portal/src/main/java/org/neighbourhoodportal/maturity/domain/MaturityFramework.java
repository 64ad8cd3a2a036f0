package org.neighbourhoodportal.maturity.domain;

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
import java.time.temporal.ChronoUnit;
import org.neighbourhoodportal.maturity.FrameworkStatus;

/**
 * One version of a reference framework ({@code framework}, shared with the work plan's tags). Versions loaded by
 * migrations are published; an administrator adds a new framework or version as a draft, edits it and publishes it
 * ({@code maturity.FrameworkAdministration}). A published version never changes again: a new version is a new row,
 * so an assessment tied to this id never changes. Every change method refuses a published version.
 */
@Entity
@Table(name = "framework")
public class MaturityFramework {

    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 200;
    public static final int VERSION_LENGTH = 40;
    public static final int SOURCE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, length = CODE_LENGTH)
    private String code;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "version", nullable = false, length = VERSION_LENGTH)
    private String version;

    @Column(name = "source", nullable = false, length = SOURCE_LENGTH)
    private String source;

    /** A team's own objectives have one; reference frameworks (the only ones administered here) do not. */
    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private FrameworkStatus status;

    @Version
    @Column(name = "lock_version", nullable = false)
    private int lockVersion;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "published_by")
    private Long publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected MaturityFramework() {
    }

    /** A new draft version. */
    public MaturityFramework(String code, String name, String version, String source, int sortOrder, long createdBy,
                             Instant createdAt) {
        this.code = code;
        this.name = name;
        this.version = version;
        this.source = source;
        this.sortOrder = sortOrder;
        this.status = FrameworkStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.changedBy = createdBy;
        this.changedAt = createdAt;
    }

    public boolean isDraft() {
        return status == FrameworkStatus.DRAFT;
    }

    /** Renames the draft and its source. @throws IllegalStateException when it is published */
    public void describe(String name, String version, String source) {
        requireDraft();
        this.name = name;
        this.version = version;
        this.source = source;
    }

    /**
     * Marks the draft changed, which also moves its lock version on when it is written (a save that changed only its
     * domains, stages or descriptors changes this row too: the moment always moves on, by a microsecond if need be).
     */
    public void changed(long by, Instant at) {
        requireDraft();
        this.changedBy = by;
        this.changedAt = changedAt != null && !at.isAfter(changedAt) ? changedAt.plus(1, ChronoUnit.MICROS) : at;
    }

    /** @throws IllegalStateException when it is already published */
    public void publish(long by, Instant at) {
        requireDraft();
        this.status = FrameworkStatus.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = at;
        this.changedBy = by;
        this.changedAt = at;
    }

    private void requireDraft() {
        if (!isDraft()) {
            throw new IllegalStateException("A published framework version never changes");
        }
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getVersion() {
        return version;
    }

    public String getSource() {
        return source;
    }

    public Long getTeamId() {
        return teamId;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public FrameworkStatus getStatus() {
        return status;
    }

    public int getLockVersion() {
        return lockVersion;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Long getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
