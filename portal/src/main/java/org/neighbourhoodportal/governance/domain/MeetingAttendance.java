package org.neighbourhoodportal.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.neighbourhoodportal.governance.AttendanceStatus;

/** Whether one of the INT's people attended a meeting, sent apologies, or was absent. */
@Entity
@Table(name = "meeting_attendance")
public class MeetingAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private AttendanceStatus status;

    protected MeetingAttendance() {
    }

    public MeetingAttendance(long meetingId, long personId, AttendanceStatus status) {
        this.meetingId = meetingId;
        this.personId = personId;
        this.status = status;
    }

    public void setStatus(AttendanceStatus status) {
        this.status = status;
    }

    public Long getId() { return id; }
    public long getMeetingId() { return meetingId; }
    public long getPersonId() { return personId; }
    public AttendanceStatus getStatus() { return status; }
}
