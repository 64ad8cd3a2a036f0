package org.neighbourhoodportal.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A ToR or MoU of an INT: its versions are {@link AgreementVersion}s; at most one is in force. */
@Entity
@Table(name = "agreement")
public class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id")
    private long teamId;

    @Column(name = "kind", length = 10)
    private String kind;

    @Column(name = "title", length = 200)
    private String title;

    @Column(name = "status", length = 20)
    private String status;

    @Column(name = "latest_version")
    private int latestVersion;

    @Column(name = "in_force_version")
    private Integer inForceVersion;

    @Column(name = "in_force_from")
    private LocalDate inForceFrom;

    @Column(name = "close_reason", length = 1000)
    private String closeReason;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Agreement() {
    }

    public Agreement(long teamId, String kind, String title, String status, int latestVersion, long createdBy, Instant createdAt) {
        this.teamId = teamId;
        this.kind = kind;
        this.title = title;
        this.status = status;
        this.latestVersion = latestVersion;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    @jakarta.persistence.Version
    @Column(name = "version")
    private int version;

    public void setStatus(String status) {
        this.status = status;
    }

    public void setLatestVersion(int latestVersion) {
        this.latestVersion = latestVersion;
    }

    /** Objections outstanding when the lead sent it for sign-off, and why. */
    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }

    public void putInForce(int number, LocalDate from) {
        this.inForceVersion = number;
        this.inForceFrom = from;
    }

    public Long getId() {
        return id;
    }

    public long getTeamId() {
        return teamId;
    }

    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getStatus() {
        return status;
    }

    public int getLatestVersion() {
        return latestVersion;
    }

    public Integer getInForceVersion() {
        return inForceVersion;
    }

    public LocalDate getInForceFrom() {
        return inForceFrom;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
