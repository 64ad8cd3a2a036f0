package org.neighbourhoodportal.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item on a meeting's agenda; optionally about one organisation (whose people then have an interest in it). */
@Entity
@Table(name = "meeting_item")
public class MeetingItem {

    public static final int TITLE_LENGTH = org.neighbourhoodportal.governance.MeetingLimits.ITEM_TITLE;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "about_organisation_id")
    private Long aboutOrganisationId;

    protected MeetingItem() {
    }

    public MeetingItem(long meetingId, int position, String title, Long aboutOrganisationId) {
        this.meetingId = meetingId;
        this.position = position;
        this.title = title;
        this.aboutOrganisationId = aboutOrganisationId;
    }

    public Long getId() { return id; }
    public long getMeetingId() { return meetingId; }
    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public Long getAboutOrganisationId() { return aboutOrganisationId; }
}
