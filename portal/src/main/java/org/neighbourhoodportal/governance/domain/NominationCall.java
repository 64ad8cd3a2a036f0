package org.neighbourhoodportal.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One call for nominations: the round of answers the lead opened (the first, or one asking again for the gaps), kept
 * so the process step that hands it to the round reads it from the records rather than from the lead's request.
 */
@Entity
@Table(name = "leadership_call")
public class NominationCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "party_groups", nullable = false, length = 2000)
    private String partyGroups;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "remind_at", nullable = false)
    private Instant remindAt;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected NominationCall() {
    }

    public NominationCall(long groupId, long roundId, List<String> partyGroups, Instant closesAt, Instant remindAt,
                          Instant openedAt) {
        this.groupId = groupId;
        this.roundId = roundId;
        this.partyGroups = String.join(" ", partyGroups);
        this.closesAt = closesAt;
        this.remindAt = remindAt;
        this.openedAt = openedAt;
    }

    /** The round opened for this call: its id, the groups asked and when the "closing soon" reminder goes. */
    public void opened(long roundId, List<String> partyGroups, Instant remindAt) {
        this.roundId = roundId;
        this.partyGroups = String.join(" ", partyGroups);
        this.remindAt = remindAt;
    }

    public Long getId() { return id; }
    public long getGroupId() { return groupId; }
    public long getRoundId() { return roundId; }
    public List<String> getPartyGroups() { return Arrays.asList(partyGroups.split(" ")); }
    public Instant getClosesAt() { return closesAt; }
    public Instant getRemindAt() { return remindAt; }
    public Instant getOpenedAt() { return openedAt; }
}
