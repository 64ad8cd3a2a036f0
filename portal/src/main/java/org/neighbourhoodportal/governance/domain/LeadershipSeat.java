package org.neighbourhoodportal.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One seat of a leadership group: core (the group cannot work without it) or not; the senior sponsor's is core. */
@Entity
@Table(name = "leadership_seat")
public class LeadershipSeat {

    public static final int NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "core", nullable = false)
    private boolean core;

    @Column(name = "sponsor", nullable = false)
    private boolean sponsor;

    @Column(name = "position", nullable = false)
    private int position;

    protected LeadershipSeat() {
    }

    public LeadershipSeat(long groupId, String name, boolean core, boolean sponsor, int position) {
        this.groupId = groupId;
        this.name = name;
        this.core = core || sponsor;
        this.sponsor = sponsor;
        this.position = position;
    }

    public Long getId() { return id; }
    public long getGroupId() { return groupId; }
    public String getName() { return name; }
    public boolean isCore() { return core; }
    public boolean isSponsor() { return sponsor; }
    public int getPosition() { return position; }
}
