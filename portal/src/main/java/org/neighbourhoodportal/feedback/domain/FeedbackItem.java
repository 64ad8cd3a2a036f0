package org.neighbourhoodportal.feedback.domain;

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
import org.neighbourhoodportal.feedback.FeedbackRoute;
import org.neighbourhoodportal.feedback.FeedbackStatus;

@Entity
@Table(name = "feedback_item")
public class FeedbackItem {

    public static final int SUMMARY_LENGTH = 200;
    public static final int TEXT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "ppg_id", nullable = false)
    private long ppgId;

    @Column(name = "submitted_by", nullable = false)
    private long submittedBy;

    @Column(name = "theme", nullable = false, length = 60)
    private String theme;

    @Column(name = "summary", nullable = false, length = SUMMARY_LENGTH)
    private String summary;

    @Column(name = "patients_said", nullable = false, length = TEXT_LENGTH)
    private String patientsSaid;

    @Column(name = "may_contact", nullable = false)
    private boolean mayContact;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private FeedbackStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "route", length = 20)
    private FeedbackRoute route;

    @Column(name = "referred_organisation_id")
    private Long referredOrganisationId;

    @Column(name = "escalated", nullable = false)
    private boolean escalated;

    @Column(name = "response", length = TEXT_LENGTH)
    private String response;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "acknowledge_due", nullable = false)
    private Instant acknowledgeDue;

    @Column(name = "response_published_at")
    private Instant responsePublishedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected FeedbackItem() {
    }

    public FeedbackItem(long teamId, long ppgId, long submittedBy, String theme, String summary, String patientsSaid,
                        boolean mayContact, Instant submittedAt, Instant acknowledgeDue) {
        this.teamId = teamId;
        this.ppgId = ppgId;
        this.submittedBy = submittedBy;
        this.theme = theme;
        this.summary = summary;
        this.patientsSaid = patientsSaid;
        this.mayContact = mayContact;
        this.submittedAt = submittedAt;
        this.acknowledgeDue = acknowledgeDue;
        this.status = FeedbackStatus.SUBMITTED;
    }

    public void acknowledge() {
        status = FeedbackStatus.ACKNOWLEDGED;
    }

    public void route(FeedbackRoute route, Long organisationId) {
        this.route = route;
        this.referredOrganisationId = route == FeedbackRoute.REFER ? organisationId : null;
        this.status = route == FeedbackRoute.REFER ? FeedbackStatus.WITH_ORGANISATION : FeedbackStatus.ACKNOWLEDGED;
    }

    public void escalate() {
        escalated = true;
    }

    public void writeResponse(String response) {
        this.response = response;
    }

    public void publishResponse(Instant at) {
        responsePublishedAt = at;
        status = FeedbackStatus.RESPONDED;
    }

    public void reopen() {
        status = FeedbackStatus.REOPENED;
    }

    /** Its PPG took it back: nothing more happens to it. */
    public void withdraw(Instant at) {
        status = FeedbackStatus.WITHDRAWN;
        closedAt = at;
    }

    public void close(Instant at) {
        status = FeedbackStatus.CLOSED;
        closedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getTeamId() {
        return teamId;
    }

    public long getPpgId() {
        return ppgId;
    }

    public long getSubmittedBy() {
        return submittedBy;
    }

    public String getTheme() {
        return theme;
    }

    public String getSummary() {
        return summary;
    }

    public String getPatientsSaid() {
        return patientsSaid;
    }

    public boolean isMayContact() {
        return mayContact;
    }

    public FeedbackStatus getStatus() {
        return status;
    }

    public FeedbackRoute getRoute() {
        return route;
    }

    public Long getReferredOrganisationId() {
        return referredOrganisationId;
    }

    public boolean isEscalated() {
        return escalated;
    }

    public String getResponse() {
        return response;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getAcknowledgeDue() {
        return acknowledgeDue;
    }

    public Instant getResponsePublishedAt() {
        return responsePublishedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
