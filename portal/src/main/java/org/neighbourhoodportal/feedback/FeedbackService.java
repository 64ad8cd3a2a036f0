package org.neighbourhoodportal.feedback;

import org.neighbourhoodportal.workflow.StartOutcome;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.directory.PpgSummary;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.feedback.domain.FeedbackEvent;
import org.neighbourhoodportal.feedback.domain.FeedbackEventRepository;
import org.neighbourhoodportal.feedback.domain.FeedbackItem;
import org.neighbourhoodportal.feedback.domain.FeedbackItemRepository;
import org.neighbourhoodportal.forms.FormField;
import org.neighbourhoodportal.forms.FormSubmission;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.processes.PpgFeedbackProcess;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.workflow.FormCatalogue;
import org.neighbourhoodportal.workflow.TaskForm;
import org.neighbourhoodportal.workflow.ProcessService;
import org.neighbourhoodportal.workplan.BacklogEntry;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PPG feedback: submitting it, finding it, and the record-keeping each step of the loop does. People act through
 * the first group of methods, which check the caller; the process acts through the second group (no person is
 * acting there: the engine runs them after a task or a timer).
 */
@Service
@Transactional
public class FeedbackService {

    public static final String SUBMIT_FORM = "submit-feedback";
    public static final String PPG_OPTIONS = "ppgs";
    public static final String ORGANISATION_OPTIONS = "organisations";
    public static final String PRIORITY_OPTIONS = "priorities";
    private static final String NOT_FOUND = "That feedback does not exist, or you do not have access to it.";

    private final FeedbackItemRepository items;
    private final FeedbackEventRepository events;
    private final DirectoryService directory;
    private final ProcessService processes;
    private final WorkplanService workplan;
    private final FormCatalogue forms;
    private final CurrentUser currentUser;
    private final FeedbackSettings settings;
    private final Clock clock;

    FeedbackService(FeedbackItemRepository items, FeedbackEventRepository events, DirectoryService directory,
                    ProcessService processes, WorkplanService workplan, FormCatalogue forms, CurrentUser currentUser,
                    FeedbackSettings settings, Clock clock) {
        this.items = items;
        this.events = events;
        this.directory = directory;
        this.processes = processes;
        this.workplan = workplan;
        this.forms = forms;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    // ---- What people do ------------------------------------------------------------------------------------------

    /** The PPGs the caller may submit feedback for. */
    @Transactional(readOnly = true)
    public List<PpgSummary> ppgsICanSubmitFor() {
        return directory.ppgs(currentUser.require().ppgTeams().keySet());
    }

    /** The choices the submit form offers the caller. */
    @Transactional(readOnly = true)
    public Map<String, List<Option>> submitFormOptions() {
        return Map.of(PPG_OPTIONS, ppgsICanSubmitFor().stream()
                .map(p -> new Option(Long.toString(p.id()), p.name() + " (" + p.teamName() + ")")).toList());
    }

    /** The form a PPG representative fills in, with the choices it offers them. */
    @Transactional(readOnly = true)
    public TaskForm submitForm() {
        return new TaskForm(forms.form(SUBMIT_FORM), submitFormOptions());
    }

    /** The themes feedback can be filed under, as the submit form offers them. */
    public List<Option> themes() {
        return forms.form(SUBMIT_FORM).field("theme").map(FormField::options).orElse(List.of());
    }

    /** A theme's words, for a stored theme value. */
    public String themeLabel(String theme) {
        return themes().stream().filter(o -> o.value().equals(theme)).map(Option::label).findFirst().orElse(theme);
    }

    /** A PPG representative submits feedback; the loop starts in the same transaction. */
    public StartOutcome submit(Map<String, Object> raw) {
        AccessProfile me = currentUser.require();
        if (!me.isPpgRepresentative()) {
            throw new NotAllowedException("Only PPG representatives can submit feedback.");
        }
        FormSubmission submission = forms.validate(SUBMIT_FORM, raw, submitFormOptions());
        if (!submission.isValid()) {
            return StartOutcome.refused(submission.errors());
        }
        Map<String, Object> values = submission.values();
        long ppgId = Long.parseLong((String) values.get("ppgId"));
        long teamId = me.ppgTeams().get(ppgId);
        Instant now = clock.instant();
        Instant acknowledgeDue = PortalTime.after(now, settings.acknowledgeWithin(), clock);
        FeedbackItem item = items.save(new FeedbackItem(teamId, ppgId, me.personId(), (String) values.get("theme"),
                (String) values.get("summary"), (String) values.get("patientsSaid"),
                Boolean.TRUE.equals(values.get("mayContact")), now, acknowledgeDue));
        record(item.getId(), me, FeedbackEventKind.SUBMITTED, null, true);

        Map<String, Object> variables = new HashMap<>();
        variables.put(PpgFeedbackProcess.VAR_FEEDBACK_ID, item.getId());
        variables.put(PpgFeedbackProcess.VAR_TEAM_ID, teamId);
        variables.put(PpgFeedbackProcess.VAR_LEAD_GROUP, WorkGroups.teamLeads(teamId));
        variables.put(PpgFeedbackProcess.VAR_PPG_GROUP, WorkGroups.ppg(ppgId));
        variables.put(PpgFeedbackProcess.VAR_ACKNOWLEDGE_DUE, Date.from(acknowledgeDue));
        variables.put(PpgFeedbackProcess.VAR_CONFIRM_WITHIN, PortalTime.iso(settings.confirmWithin()));
        processes.start(PpgFeedbackProcess.KEY, item.getId().toString(), variables);
        return StartOutcome.saved(item.getId());
    }

    @Transactional(readOnly = true)
    public List<FeedbackRow> list(FeedbackFilter filter, int offset, int limit) {
        AccessProfile me = currentUser.require();
        int size = Math.max(1, limit);
        var page = items.findAll(visibleTo(me, filter),
                PageRequest.of(offset / size, size, Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id"))));
        List<FeedbackItem> found = page.getContent();
        Map<Long, String> teams = teamNames(found.stream().map(FeedbackItem::getTeamId).collect(Collectors.toSet()));
        Map<Long, String> ppgs = ppgNames(found.stream().map(FeedbackItem::getPpgId).collect(Collectors.toSet()));
        return found.stream().map(i -> new FeedbackRow(i.getId(), i.getSummary(), themeLabel(i.getTheme()),
                teams.get(i.getTeamId()), ppgs.get(i.getPpgId()), i.getStatus(), i.getSubmittedAt(),
                i.isEscalated())).toList();
    }

    @Transactional(readOnly = true)
    public long count(FeedbackFilter filter) {
        return items.count(visibleTo(currentUser.require(), filter));
    }

    /** Teams whose feedback the caller can list (for the list's filter). */
    @Transactional(readOnly = true)
    public List<TeamSummary> teamsInView() {
        AccessProfile me = currentUser.require();
        Set<Long> teams = new java.util.TreeSet<>(me.teamsInView());
        teams.addAll(me.ppgTeamIds());
        return directory.teams(teams);
    }

    /** PPGs whose feedback the caller can list (for the list's filter). */
    @Transactional(readOnly = true)
    public List<PpgSummary> ppgsInView() {
        AccessProfile me = currentUser.require();
        List<PpgSummary> ppgs = new ArrayList<>(directory.ppgsOfTeams(me.teamsInView()));
        directory.ppgs(me.ppgTeams().keySet()).stream().filter(p -> !ppgs.contains(p)).forEach(ppgs::add);
        return ppgs;
    }

    @Transactional(readOnly = true)
    public FeedbackDetails details(long feedbackId) {
        AccessProfile me = currentUser.require();
        FeedbackItem item = items.findById(feedbackId).orElseThrow(() -> new NotAllowedException(NOT_FOUND));
        boolean insider = me.teamsInView().contains(item.getTeamId());
        if (!insider && !me.representsPpg(item.getPpgId())) {
            throw new NotAllowedException(NOT_FOUND);
        }
        List<TimelineEntry> timeline = events.findByFeedbackIdOrderByOccurredAtAscIdAsc(feedbackId).stream()
                .filter(e -> insider || e.isVisibleToPpg())
                .map(e -> new TimelineEntry(e.getOccurredAt(), e.getActorName(), e.getKind().label(), e.getDetail(),
                        !e.isVisibleToPpg()))
                .toList();
        String referredTo = item.getReferredOrganisationId() == null ? null
                : directory.organisation(item.getReferredOrganisationId()).map(OrganisationSummary::name).orElse(null);
        boolean responseVisible = insider || item.getResponsePublishedAt() != null;
        return new FeedbackDetails(item.getId(), item.getSummary(), themeLabel(item.getTheme()), item.getPatientsSaid(),
                item.isMayContact(), directory.team(item.getTeamId()).name(), directory.ppg(item.getPpgId()).name(),
                directory.personName(item.getSubmittedBy()), item.getStatus(),
                insider && item.getRoute() != null ? item.getRoute().label() : null,
                insider ? referredTo : null,
                responseVisible ? item.getResponse() : null,
                item.getSubmittedAt(), item.getAcknowledgeDue(), item.getResponsePublishedAt(), item.getClosedAt(),
                item.isEscalated(), timeline,
                processes.waitingOn(PpgFeedbackProcess.KEY, item.getId().toString()));
    }

    /** The member organisations a lead may refer this feedback to. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> organisationsToReferTo(long feedbackId) {
        FeedbackItem item = load(feedbackId);
        // only organisations with someone in the portal to pick the referral up
        return directory.representedOrganisations(item.getTeamId());
    }

    /** The work plan priorities backlog feedback can be linked to. */
    @Transactional(readOnly = true)
    public List<PriorityRow> prioritiesToLinkTo(long feedbackId) {
        return workplan.prioritiesOfTeam(load(feedbackId).getTeamId());
    }

    /** Titles and routes for the inbox. */
    @Transactional(readOnly = true)
    public Map<Long, String> summaries(Set<Long> feedbackIds) {
        return items.findByIdIn(feedbackIds).stream()
                .collect(Collectors.toMap(FeedbackItem::getId, FeedbackItem::getSummary));
    }

    // ---- What each step of the loop records (called from the feedback process) -----------------------------------

    public void acknowledged(long feedbackId, String message, AccessProfile actor) {
        FeedbackItem item = load(feedbackId);
        requireLead(item, actor);
        item.acknowledge();
        record(feedbackId, actor, FeedbackEventKind.ACKNOWLEDGED, message, true);
    }

    public void routed(long feedbackId, FeedbackRoute route, Long organisationId, String note, AccessProfile actor) {
        FeedbackItem item = load(feedbackId);
        requireLead(item, actor);
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
        record(feedbackId, actor, FeedbackEventKind.ROUTED, detail, false);
    }

    public void responseWritten(long feedbackId, String response, AccessProfile actor) {
        FeedbackItem item = load(feedbackId);
        boolean referredHere = item.getReferredOrganisationId() != null && actor.worksIn(item.getTeamId())
                && item.getReferredOrganisationId().equals(actor.organisationId());
        if (!actor.leads(item.getTeamId()) && !referredHere) {
            throw new NotAllowedException("Only the INT's leads, or the organisation it was referred to, can respond.");
        }
        item.writeResponse(response);
        record(feedbackId, actor, FeedbackEventKind.RESPONSE_WRITTEN, null, false);
    }

    public void ppgReplied(long feedbackId, boolean resolved, String reason, AccessProfile actor) {
        FeedbackItem item = load(feedbackId);
        if (!actor.representsPpg(item.getPpgId())) {
            throw new NotAllowedException("Only the PPG's representatives can confirm or reopen its feedback.");
        }
        if (resolved) {
            record(feedbackId, actor, FeedbackEventKind.CONFIRMED, null, true);
        } else {
            item.reopen();
            record(feedbackId, actor, FeedbackEventKind.REOPENED, reason, true);
        }
    }

    /** The acknowledgement is overdue. Safe to run twice: the second run changes nothing. */
    public void escalated(long feedbackId) {
        FeedbackItem item = load(feedbackId);
        if (item.isEscalated()) {
            return;
        }
        item.escalate();
        recordByPortal(feedbackId, FeedbackEventKind.ESCALATED,
                "Not acknowledged within " + days(settings.acknowledgeWithin()) + ". Raised to high priority for the INT leads.",
                false);
    }

    public void addedToBacklog(long feedbackId, Long priorityId) {
        FeedbackItem item = load(feedbackId);
        BacklogEntry entry = workplan.addToBacklog(item.getTeamId(), item.getSummary(), item.getPatientsSaid(),
                WorkplanService.FEEDBACK_SOURCE, feedbackId, priorityId);
        recordByPortal(feedbackId, FeedbackEventKind.ADDED_TO_BACKLOG, entry.priorityId() == null
                ? item.getSummary() : "Linked to a work plan priority.", true);
    }

    public void responsePublished(long feedbackId) {
        FeedbackItem item = load(feedbackId);
        item.publishResponse(clock.instant());
        recordByPortal(feedbackId, FeedbackEventKind.RESPONSE_PUBLISHED, item.getResponse(), true);
    }

    public void closed(long feedbackId) {
        FeedbackItem item = load(feedbackId);
        if (item.getStatus() == FeedbackStatus.CLOSED) {
            return;
        }
        List<FeedbackEvent> history = events.findByFeedbackIdOrderByOccurredAtAscIdAsc(feedbackId);
        boolean confirmed = !history.isEmpty()
                && history.get(history.size() - 1).getKind() == FeedbackEventKind.CONFIRMED;
        item.close(clock.instant());
        recordByPortal(feedbackId, confirmed ? FeedbackEventKind.CLOSED : FeedbackEventKind.CLOSED_UNCONFIRMED,
                null, true);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private FeedbackItem load(long feedbackId) {
        return items.findById(feedbackId).orElseThrow(() -> new IllegalStateException("No feedback " + feedbackId));
    }

    private static void requireLead(FeedbackItem item, AccessProfile actor) {
        if (!actor.leads(item.getTeamId())) {
            throw new NotAllowedException("Only the INT's leads can do this.");
        }
    }

    private void record(long feedbackId, AccessProfile actor, FeedbackEventKind kind, String detail, boolean public_) {
        events.save(new FeedbackEvent(feedbackId, clock.instant(), actor.personId(), actor.displayName(), kind, detail,
                public_));
    }

    private void recordByPortal(long feedbackId, FeedbackEventKind kind, String detail, boolean public_) {
        events.save(new FeedbackEvent(feedbackId, clock.instant(), null, "The portal", kind, detail, public_));
    }

    private static String days(java.time.Duration duration) {
        long days = duration.toDays();
        return days >= 1 ? days + (days == 1 ? " day" : " days") : duration.toHours() + " hours";
    }

    private Map<Long, String> teamNames(Set<Long> ids) {
        return directory.teams(ids).stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
    }

    private Map<Long, String> ppgNames(Set<Long> ids) {
        return directory.ppgs(ids).stream().collect(Collectors.toMap(PpgSummary::id, PpgSummary::name));
    }

    /** The caller's own teams' feedback, plus their PPGs' feedback; narrowed by the filter. */
    private static Specification<FeedbackItem> visibleTo(AccessProfile me, FeedbackFilter filter) {
        Set<Long> teams = me.teamsInView();
        Set<Long> ppgs = me.ppgTeams().keySet();
        return (root, query, cb) -> {
            List<Predicate> scope = new ArrayList<>();
            if (!teams.isEmpty()) {
                scope.add(root.get("teamId").in(teams));
            }
            if (!ppgs.isEmpty()) {
                scope.add(root.get("ppgId").in(ppgs));
            }
            List<Predicate> all = new ArrayList<>();
            all.add(scope.isEmpty() ? cb.disjunction() : cb.or(scope.toArray(Predicate[]::new)));
            if (filter.teamId() != null) {
                all.add(cb.equal(root.get("teamId"), filter.teamId()));
            }
            if (filter.ppgId() != null) {
                all.add(cb.equal(root.get("ppgId"), filter.ppgId()));
            }
            if (filter.status() != null) {
                all.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.theme() != null && !filter.theme().isBlank()) {
                all.add(cb.equal(root.get("theme"), filter.theme()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

}
