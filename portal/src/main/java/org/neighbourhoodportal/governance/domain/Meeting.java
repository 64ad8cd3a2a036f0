package org.neighbourhoodportal.governance.domain;

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
import org.neighbourhoodportal.governance.MinutesStatus;

/** A meeting of a leadership group: when and where, who else attended, and its minutes (draft, then agreed). */
@Entity
@Table(name = "meeting")
public class Meeting {

    public static final int TITLE_LENGTH = org.neighbourhoodportal.governance.MeetingLimits.TITLE;
    public static final int LOCATION_LENGTH = org.neighbourhoodportal.governance.MeetingLimits.LOCATION;
    public static final int ALSO_ATTENDING_LENGTH = org.neighbourhoodportal.governance.MeetingLimits.ALSO_ATTENDING;
    public static final int MINUTES_LENGTH = org.neighbourhoodportal.governance.MeetingLimits.MINUTES;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "location", length = LOCATION_LENGTH)
    private String location;

    @Column(name = "also_attending", length = ALSO_ATTENDING_LENGTH)
    private String alsoAttending;

    @Column(name = "minutes", columnDefinition = "text")
    private String minutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "minutes_status", nullable = false, length = 10)
    private MinutesStatus minutesStatus;

    @Column(name = "minutes_agreed_at")
    private Long minutesAgreedAt;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Meeting() {
    }

    public Meeting(long groupId, String title, Instant startsAt, String location, long createdBy, Instant createdAt) {
        this.groupId = groupId;
        this.title = title;
        this.startsAt = startsAt;
        this.location = location;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.minutesStatus = MinutesStatus.NONE;
    }

    public void reschedule(String title, Instant startsAt, String location) {
        this.title = title;
        this.startsAt = startsAt;
        this.location = location;
    }

    public void setAlsoAttending(String alsoAttending) {
        this.alsoAttending = alsoAttending;
    }

    public void draftMinutes(String minutes) {
        this.minutes = minutes;
        this.minutesStatus = minutes == null ? MinutesStatus.NONE : MinutesStatus.DRAFT;
    }

    public void minutesAgreedAt(long meetingId) {
        this.minutesAgreedAt = meetingId;
        this.minutesStatus = MinutesStatus.AGREED;
    }

    public Long getId() { return id; }
    public long getGroupId() { return groupId; }
    public String getTitle() { return title; }
    public Instant getStartsAt() { return startsAt; }
    public String getLocation() { return location; }
    public String getAlsoAttending() { return alsoAttending; }
    public String getMinutes() { return minutes; }
    public MinutesStatus getMinutesStatus() { return minutesStatus; }
    public Long getMinutesAgreedAt() { return minutesAgreedAt; }
    public long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public int getVersion() { return version; }
}
