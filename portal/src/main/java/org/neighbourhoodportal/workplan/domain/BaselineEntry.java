package org.neighbourhoodportal.workplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** What one priority (kind PRIORITY) or action (kind ACTION) looked like when its baseline was taken. */
@Entity
@Table(name = "baseline_entry")
public class BaselineEntry {

    public static final String PRIORITY = "PRIORITY";
    public static final String ACTION = "ACTION";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "baseline_id", nullable = false)
    private long baselineId;

    @Column(name = "kind", nullable = false, length = 10)
    private String kind;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "rag", length = 10)
    private String rag;

    @Column(name = "status", length = 20)
    private String status;

    protected BaselineEntry() {
    }

    public BaselineEntry(long baselineId, String kind, long itemId, String title, LocalDate startsOn,
                         LocalDate endsOn, String rag, String status) {
        this.baselineId = baselineId;
        this.kind = kind;
        this.itemId = itemId;
        this.title = title;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.rag = rag;
        this.status = status;
    }

    public long getBaselineId() {
        return baselineId;
    }

    public String getKind() {
        return kind;
    }

    public long getItemId() {
        return itemId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getRag() {
        return rag;
    }

    public String getStatus() {
        return status;
    }
}
