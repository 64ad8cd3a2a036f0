package org.neighbourhoodportal.workplan.domain;

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
import org.neighbourhoodportal.workplan.Rag;

/** A dated update on a priority, with its RAG at the time: the history "RAG over time" is drawn from. */
@Entity
@Table(name = "priority_update")
public class PriorityUpdate {

    public static final int TEXT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "priority_id", nullable = false)
    private long priorityId;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(name = "written_on", nullable = false)
    private LocalDate writtenOn;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "rag", nullable = false, length = 10)
    private Rag rag;

    @Column(name = "text", nullable = false, length = TEXT_LENGTH)
    private String text;

    protected PriorityUpdate() {
    }

    public PriorityUpdate(long priorityId, Long authorId, String authorName, LocalDate writtenOn, Instant writtenAt,
                          Rag rag, String text) {
        this.priorityId = priorityId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.writtenOn = writtenOn;
        this.writtenAt = writtenAt;
        this.rag = rag;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public long getPriorityId() {
        return priorityId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public Rag getRag() {
        return rag;
    }

    public String getText() {
        return text;
    }
}
