package org.neighbourhoodportal.consultation.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.neighbourhoodportal.consultation.ConsultationPolicy;
import org.neighbourhoodportal.consultation.ConsultationRefusedException;
import org.neighbourhoodportal.consultation.ConsultationService;
import org.neighbourhoodportal.consultation.ConsultationStatus;
import org.neighbourhoodportal.consultation.ConsultationTimelines;
import org.neighbourhoodportal.consultation.ResponseStatus;
import org.neighbourhoodportal.consultation.domain.AnswerRepository;
import org.neighbourhoodportal.consultation.domain.Consultation;
import org.neighbourhoodportal.consultation.domain.ConsultationRepository;
import org.neighbourhoodportal.consultation.domain.Question;
import org.neighbourhoodportal.consultation.domain.QuestionRepository;
import org.neighbourhoodportal.consultation.domain.Response;
import org.neighbourhoodportal.consultation.domain.ResponseRepository;
import org.neighbourhoodportal.consultation.domain.ThemeRepository;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.notifications.Audience;
import org.neighbourhoodportal.notifications.Notice;
import org.neighbourhoodportal.notifications.NotificationKind;
import org.neighbourhoodportal.rounds.PartyType;
import org.neighbourhoodportal.rounds.RoundClosed;
import org.neighbourhoodportal.rounds.RoundExtended;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.Visibility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each step of a consultation records. Package-private: only this package's handler, round answers, delegates
 * and listeners call it.
 */
@Component
@Transactional
class ConsultationSteps {

    static final String CLOSE_STEP = "Closing the consultation";
    static final String PUBLISH_STEP = "Publishing the outcome";
    static final String ESCALATE_STEP = "Checking the outcome is on time";

    private final ConsultationRepository consultations;
    private final QuestionRepository questions;
    private final ResponseRepository responses;
    private final AnswerRepository answers;
    private final ThemeRepository themes;
    private final ConsultationPolicy policy;
    private final DirectoryService directory;
    private final Timeline timeline;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    ConsultationSteps(ConsultationRepository consultations, QuestionRepository questions,
                      ResponseRepository responses, AnswerRepository answers, ThemeRepository themes,
                      ConsultationPolicy policy, DirectoryService directory, Timeline timeline,
                      ApplicationEventPublisher published, Clock clock) {
        this.consultations = consultations;
        this.questions = questions;
        this.responses = responses;
        this.answers = answers;
        this.themes = themes;
        this.policy = policy;
        this.directory = directory;
        this.timeline = timeline;
        this.published = published;
        this.clock = clock;
    }

    /**
     * An organisation or PPG sends its response (its task in the round): every required question must be answered.
     * The round has checked the person may answer for that party and that it still takes answers.
     */
    void responseSent(long consultationId, PartyType partyType, long partyId) {
        AccessProfile me = policy.me();
        Consultation c = load(consultationId);
        Response response = responses.findByConsultationIdAndPartyTypeAndPartyId(consultationId, partyType, partyId)
                .orElseThrow(() -> new NotAllowedException(ConsultationPolicy.NOT_FOUND));
        policy.requireRepresents(me, c, responses.findByConsultationIdOrderByPartyNameAscIdAsc(consultationId),
                response);
        if (response.getStatus() == ResponseStatus.SUBMITTED) {
            throw new ConsultationRefusedException(response.getPartyName() + "'s response has been sent already.");
        }
        var given = answers.findByResponseIdIn(List.of(response.getId())).stream()
                .map(a -> a.getQuestionId()).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        int number = 0;
        for (Question q : questions.findByConsultationIdOrderBySortOrder(consultationId)) {
            number++;
            if (q.isRequired() && !given.contains(q.getId())) {
                missing.add(Integer.toString(number));
            }
        }
        if (!missing.isEmpty()) {
            throw new ConsultationRefusedException("Please answer question" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + " on the consultation's page first, then send the response.");
        }
        response.submitted(me.personId(), clock.instant());
        timeline.append(ConsultationTimelines.of(consultationId), Credit.person(me), "RESPONDED", "Response sent",
                response.getPartyName(), Visibility.INTERNAL);
    }

    /** The round has ended: the consultation closes. @return whether anyone responded */
    boolean closed(long consultationId) {
        policy.requireEngine();
        Consultation c = load(consultationId);
        c.close(clock.instant());
        long sent = responses.countByConsultationIdAndStatus(consultationId, ResponseStatus.SUBMITTED);
        timeline.append(ConsultationTimelines.of(consultationId), Credit.step(CLOSE_STEP), "CLOSED",
                "Consultation closed", sent == 0 ? "Nobody responded." : sent == 1 ? "1 response."
                        : sent + " responses.", Visibility.EVERYONE);
        return sent > 0;
    }

    void noResponsesRecorded(long consultationId, String note) {
        AccessProfile me = policy.me();
        Consultation c = load(consultationId);
        policy.requireLead(me, c, responses.findByConsultationIdOrderByPartyNameAscIdAsc(consultationId));
        c.closeWithoutResponses(note);
        timeline.append(ConsultationTimelines.of(consultationId), Credit.person(me), "NO_RESPONSES",
                "Closed without responses", note, Visibility.EVERYONE);
    }

    /** The lead's outcome: at least one theme, each with the INT's response, must be coded first. */
    void outcomeWritten(long consultationId, String summary) {
        AccessProfile me = policy.me();
        Consultation c = load(consultationId);
        policy.requireLead(me, c, responses.findByConsultationIdOrderByPartyNameAscIdAsc(consultationId));
        if (themes.findByConsultationIdOrderById(consultationId).isEmpty()) {
            throw new ConsultationRefusedException("Code the responses into at least one theme, with the INT's response "
                    + "to it, on the consultation's page before publishing the outcome.");
        }
        c.writeOutcome(summary);
        timeline.append(ConsultationTimelines.of(consultationId), Credit.person(me), "OUTCOME_WRITTEN",
                "Outcome written", null, Visibility.INTERNAL);
    }

    /** Publishes the outcome and tells every respondent and the INT. Safe to run twice. */
    void outcomePublished(long consultationId) {
        policy.requireEngine();
        Consultation c = load(consultationId);
        if (c.getStatus() == ConsultationStatus.OUTCOME_PUBLISHED) {
            return;
        }
        c.publishOutcome(clock.instant());
        List<String> groups = new ArrayList<>();
        for (Response r : responses.findByConsultationIdOrderByPartyNameAscIdAsc(consultationId)) {
            if (r.getStatus() == ResponseStatus.SUBMITTED) {
                groups.add(r.getPartyType() == PartyType.PPG ? WorkGroups.ppg(r.getPartyId())
                        : WorkGroups.organisationInTeam(c.getTeamId(), r.getPartyId()));
            }
        }
        groups.add(WorkGroups.teamLeads(c.getTeamId()));
        published.publishEvent(new Notice(NotificationKind.CONSULTATION_OUTCOME,
                "consultation:" + consultationId + ":outcome", Audience.groups(groups),
                "You said, we did: the outcome of the consultation on " + c.getTitle(),
                "The INT has published what it did with the responses, theme by theme. Open the consultation to "
                        + "read it.", ConsultationService.route(consultationId)));
        timeline.append(ConsultationTimelines.of(consultationId), Credit.step(PUBLISH_STEP), "PUBLISHED",
                "Outcome published to every respondent", c.getOutcomeSummary(), Visibility.EVERYONE);
    }

    /** No outcome in time: the INT's leads and its ICB's managers are told. Safe to run twice. */
    void outcomeOverdue(long consultationId) {
        policy.requireEngine();
        Consultation c = load(consultationId);
        if (c.getStatus() != ConsultationStatus.CLOSED) {
            return;
        }
        long icb = directory.team(c.getTeamId()).icbId();
        published.publishEvent(new Notice(NotificationKind.OVERDUE, "consultation:" + consultationId + ":overdue",
                Audience.groups(List.of(WorkGroups.teamLeads(c.getTeamId()), WorkGroups.icbManagers(icb))),
                "Outcome overdue: the consultation on " + c.getTitle(),
                "The consultation closed on " + c.getClosesOn() + " and no outcome has been published. The Cabinet "
                        + "Office principles expect a response within 12 weeks: code the responses and publish it.",
                ConsultationService.route(consultationId)));
        timeline.append(ConsultationTimelines.of(consultationId), Credit.step(ESCALATE_STEP), "OVERDUE",
                "Outcome overdue: escalated to the INT's leads and the ICB", null, Visibility.INTERNAL);
    }

    /** The lead moved the round's deadline: the consultation closes then too (everyone was told by the round). */
    @EventListener
    void roundExtended(RoundExtended extended) {
        if (!ConsultationService.ROUND_KIND.equals(extended.kind())) {
            return;
        }
        Consultation c = load(extended.recordId());
        LocalDate to = extended.to().atZone(clock.getZone()).toLocalDate();
        c.extendTo(to);
        timeline.append(ConsultationTimelines.of(c.getId()), Credit.person(policy.me()), "EXTENDED",
                "Closing date moved", "Responses now close on " + to + ".", Visibility.EVERYONE);
    }

    /** The lead closed the round early: recorded with the reason (the count step closes the consultation). */
    @EventListener
    void roundClosed(RoundClosed closed) {
        if (!ConsultationService.ROUND_KIND.equals(closed.kind()) || !closed.early()
                || Objects.isNull(closed.byPersonId())) {
            return;
        }
        timeline.append(ConsultationTimelines.of(closed.recordId()), Credit.person(policy.me()), "CLOSED_EARLY",
                "Closed early", closed.reason(), Visibility.EVERYONE);
    }

    private Consultation load(long consultationId) {
        return consultations.findById(consultationId)
                .orElseThrow(() -> new NotAllowedException(ConsultationPolicy.NOT_FOUND));
    }
}
