package org.neighbourhoodportal.consultation.domain;

import static org.neighbourhoodportal.consultation.ConsultationLimits.*;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A theme the lead coded responses into, with what respondents said and the INT's response ("you said, we did"). */
@Entity
@Table(name = "consultation_theme")
public class Theme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", nullable = false)
    private long consultationId;

    @Column(name = "title", nullable = false, length = THEME_TITLE_LENGTH)
    private String title;

    @Column(name = "what_was_said", nullable = false, length = THEME_TEXT_LENGTH)
    private String whatWasSaid;

    @Column(name = "int_response", nullable = false, length = THEME_TEXT_LENGTH)
    private String intResponse;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultation_theme_response", joinColumns = @JoinColumn(name = "theme_id"))
    @Column(name = "response_id")
    private Set<Long> responseIds = new HashSet<>();

    protected Theme() {
    }

    public Theme(long consultationId, String title, String whatWasSaid, String intResponse, Set<Long> responseIds,
                 long createdBy, Instant createdAt) {
        this.consultationId = consultationId;
        this.title = title;
        this.whatWasSaid = whatWasSaid;
        this.intResponse = intResponse;
        this.responseIds = new HashSet<>(responseIds);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getConsultationId() { return consultationId; }
    public String getTitle() { return title; }
    public String getWhatWasSaid() { return whatWasSaid; }
    public String getIntResponse() { return intResponse; }
    public Set<Long> getResponseIds() { return Set.copyOf(responseIds); }
    public long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
