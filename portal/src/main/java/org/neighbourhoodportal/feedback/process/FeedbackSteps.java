package org.neighbourhoodportal.feedback.process;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.feedback.FeedbackEventKind;
import org.neighbourhoodportal.feedback.FeedbackPolicy;
import org.neighbourhoodportal.feedback.FeedbackRoute;
import org.neighbourhoodportal.feedback.FeedbackRoutedToBacklog;
import org.neighbourhoodportal.feedback.FeedbackSettings;
import org.neighbourhoodportal.feedback.FeedbackStatus;
import org.neighbourhoodportal.feedback.FeedbackTimelines;
import org.neighbourhoodportal.feedback.domain.FeedbackItem;
import org.neighbourhoodportal.feedback.domain.FeedbackItemRepository;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.notifications.Audience;
import org.neighbourhoodportal.notifications.Notice;
import org.neighbourhoodportal.notifications.NotificationKind;
import java.util.Set;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.TimelineEntry;
import org.neighbourhoodportal.timeline.Visibility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each step of the PPG feedback loop records. Package-private: only this package's task handler (a person's
 * step, checked against the person signed in now) and delegates (the engine's steps, checked to be the engine) call
 * it, so no view can mark feedback closed while its process waits on something else.
 */
@Component
@Transactional
class FeedbackSteps {

    private final FeedbackItemRepository items;
    private final Timeline timeline;
    private final DirectoryService directory;
    private final ApplicationEventPublisher published;
    private final FeedbackPolicy policy;
    private final FeedbackSettings settings;
    private final Clock clock;

    // the engine's steps, credited on the timeline by these names (no person takes them)
    static final String ESCALATION_STEP = "Overdue acknowledgement check";
    static final String BACKLOG_STEP = "Adding to the work plan backlog";
    static final String PUBLISH_STEP = "Sending the response to the PPG";
    static final String CLOSE_STEP = "Closing the feedback";

    FeedbackSteps(FeedbackItemRepository items, Timeline timeline, DirectoryService directory,
                  ApplicationEventPublisher published, FeedbackPolicy policy, FeedbackSettings settings,
                  Clock clock) {
        this.items = items;
        this.timeline = timeline;
        this.directory = directory;
        this.published = published;
        this.policy = policy;
        this.settings = settings;
        this.clock = clock;
    }

    // ---- A person's steps: the signed-in person is the one acting ------------------------------------------------

    void acknowledged(long feedbackId, String message) {
        AccessProfile me = policy.me();
        FeedbackItem item = load(feedbackId);
        policy.requireLead(me, item);
        item.acknowledge();
        record(feedbackId, me, FeedbackEventKind.ACKNOWLEDGED, message, true);
    }

    void routed(long feedbackId, FeedbackRoute route, Long organisationId, String note) {
        AccessProfile me = policy.me();
        FeedbackItem item = load(feedbackId);
        policy.requireLead(me, item);
        String detail = route.label();
        if (route == FeedbackRoute.REFER) {
            if (organisationId == null || !directory.isMemberOrganisation(item.getTeamId(), organisationId)) {
                throw new IllegalArgumentException("Choose one of the team's member organisations.");
            }
            detail = "Referred to " + directory.organisation(organisationId).orElseThrow().name();
        }
        item.route(route, organisationId);
        if (note != null && !note.isBlank()) {
            detail = detail + "\n" + note;
        }
        record(feedbackId, me, FeedbackEventKind.ROUTED, detail, false);
        // how the team handles it is internal: the other leads (and the organisation it went to) are told, the PPG
        // is not; the notifications package refuses it to PPG volunteers whoever the audience
        Set<String> told = organisationId == null ? Set.of(WorkGroups.teamLeads(item.getTeamId()))
                : Set.of(WorkGroups.teamLeads(item.getTeamId()),
                WorkGroups.organisationInTeam(item.getTeamId(), organisationId));
        published.publishEvent(new Notice(NotificationKind.INTERNAL_NOTE, "feedback:" + feedbackId + ":routed:"
                + timeline.count(FeedbackTimelines.feedback(feedbackId), FeedbackEventKind.ROUTED.name()),
                Audience.groups(told),
                me.displayName() + " routed PPG feedback: " + item.getSummary(),
                detail + "\nOpen the feedback to see where it stands.", "feedback/" + feedbackId));
    }

    void responseWritten(long feedbackId, String response) {
        AccessProfile me = policy.me();
        FeedbackItem item = load(feedbackId);
        policy.requireResponder(me, item);
        item.writeResponse(response);
        record(feedbackId, me, FeedbackEventKind.RESPONSE_WRITTEN, null, false);
    }

    void ppgReplied(long feedbackId, boolean resolved, String reason) {
        AccessProfile me = policy.me();
        FeedbackItem item = load(feedbackId);
        policy.requirePpg(me, item);
        if (resolved) {
            record(feedbackId, me, FeedbackEventKind.CONFIRMED, null, true);
        } else {
            item.reopen();
            record(feedbackId, me, FeedbackEventKind.REOPENED, reason, true);
        }
    }

    // ---- The engine's steps: no person acts, whoever may be signed in ----------------------------------------------

    /** The acknowledgement is overdue. Safe to run twice: the second run changes nothing. */
    void escalated(long feedbackId) {
        policy.requireEngine();
        FeedbackItem item = load(feedbackId);
        if (item.isEscalated()) {
            return;
        }
        item.escalate();
        recordByStep(feedbackId, ESCALATION_STEP, FeedbackEventKind.ESCALATED, "Not acknowledged within "
                + days(settings.acknowledgeWithin()) + ". Raised to high priority for the INT leads.", false);
        published.publishEvent(new Notice(NotificationKind.OVERDUE, "feedback:" + feedbackId + ":escalated",
                Audience.group(WorkGroups.teamLeads(item.getTeamId())),
                "PPG feedback is overdue for acknowledgement: " + item.getSummary(),
                "It was not acknowledged within " + days(settings.acknowledgeWithin()) + ". Acknowledge it now, so the"
                        + " PPG knows it has been heard.", "feedback/" + feedbackId));
    }

    /**
     * Says so to whoever keeps the backlog ({@link FeedbackRoutedToBacklog}, in this transaction) and records it.
     * The priority is one the routing form offered, so one of the INT's own.
     */
    void addedToBacklog(long feedbackId, Long priorityId) {
        policy.requireEngine();
        FeedbackItem item = load(feedbackId);
        published.publishEvent(new FeedbackRoutedToBacklog(feedbackId, item.getTeamId(), item.getSummary(),
                item.getPatientsSaid(), priorityId));
        recordByStep(feedbackId, BACKLOG_STEP, FeedbackEventKind.ADDED_TO_BACKLOG, priorityId == null
                ? item.getSummary() : "Linked to a work plan priority.", true);
    }

    void responsePublished(long feedbackId) {
        policy.requireEngine();
        FeedbackItem item = load(feedbackId);
        item.publishResponse(clock.instant());
        // the n-th response (a reopened loop gets another): counted before this one is recorded, so a retried job
        // (whose first run rolled back) raises the same key
        long earlier = timeline.count(FeedbackTimelines.feedback(feedbackId), FeedbackEventKind.RESPONSE_PUBLISHED.name());
        recordByStep(feedbackId, PUBLISH_STEP, FeedbackEventKind.RESPONSE_PUBLISHED, item.getResponse(), true);
        published.publishEvent(new Notice(NotificationKind.RESPONSE_TO_FEEDBACK, "feedback:" + feedbackId
                + ":response:" + (earlier + 1), Audience.person(item.getSubmittedBy()),
                "The INT has responded to your feedback: " + item.getSummary(),
                "Read the response, then tell the INT whether it settles the matter or reopen it.",
                "feedback/" + feedbackId));
    }

    void closed(long feedbackId) {
        policy.requireEngine();
        FeedbackItem item = load(feedbackId);
        if (item.getStatus() == FeedbackStatus.CLOSED) {
            return;
        }
        List<TimelineEntry> history = timeline.entries(FeedbackTimelines.feedback(feedbackId), true);
        boolean confirmed = !history.isEmpty()
                && history.get(history.size() - 1).kind().equals(FeedbackEventKind.CONFIRMED.name());
        item.close(clock.instant());
        recordByStep(feedbackId, CLOSE_STEP, confirmed ? FeedbackEventKind.CLOSED : FeedbackEventKind.CLOSED_UNCONFIRMED,
                null, true);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private FeedbackItem load(long feedbackId) {
        return items.findById(feedbackId)
                .orElseThrow(() -> new NotAllowedException(FeedbackPolicy.FEEDBACK_NOT_FOUND));
    }

    private void record(long feedbackId, AccessProfile actor, FeedbackEventKind kind, String detail, boolean public_) {
        append(feedbackId, Credit.person(actor), kind, detail, public_);
    }

    private void recordByStep(long feedbackId, String step, FeedbackEventKind kind, String detail, boolean public_) {
        append(feedbackId, Credit.step(step), kind, detail, public_);
    }

    private void append(long feedbackId, Credit by, FeedbackEventKind kind, String detail, boolean public_) {
        timeline.append(FeedbackTimelines.feedback(feedbackId), by, kind.name(), kind.label(), detail,
                public_ ? Visibility.EVERYONE : Visibility.INTERNAL);
    }

    private static String days(Duration duration) {
        long days = duration.toDays();
        return days >= 1 ? days + (days == 1 ? " day" : " days") : duration.toHours() + " hours";
    }
}
