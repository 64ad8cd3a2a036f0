package org.neighbourhoodportal.feedback;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.directory.PpgSummary;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.feedback.domain.FeedbackItem;
import org.neighbourhoodportal.feedback.domain.FeedbackItemRepository;
import org.neighbourhoodportal.forms.FormField;
import org.neighbourhoodportal.forms.FormSubmission;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.processes.PpgFeedbackProcess;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.notifications.Audience;
import org.neighbourhoodportal.notifications.Notice;
import org.neighbourhoodportal.notifications.NotificationKind;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.TimelineEntry;
import org.neighbourhoodportal.timeline.Visibility;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.workflow.EndedProcess;
import org.neighbourhoodportal.workflow.FormCatalogue;
import org.neighbourhoodportal.workflow.FurtherAnswer;
import org.neighbourhoodportal.workflow.FurtherAnswers;
import org.neighbourhoodportal.workflow.ProcessDiagram;
import org.neighbourhoodportal.workflow.LinkTargets;
import org.neighbourhoodportal.workflow.ProcessService;
import org.neighbourhoodportal.workflow.StartOutcome;
import org.neighbourhoodportal.workflow.TaskForm;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PPG feedback: submitting it and finding it. Every method checks the signed-in person through {@link FeedbackPolicy}
 * and throws {@link NotAllowedException} (with words safe to show) when they may not; a record they may not read is
 * refused in the same words as one that does not exist. What each step of the loop records lives in
 * {@code feedback.process}, package-private, where only the process reaches it.
 */
@Service
@Transactional
public class FeedbackService {

    public static final String SUBMIT_FORM = "submit-feedback";
    public static final String PPG_OPTIONS = "ppgs";
    public static final String ORGANISATION_OPTIONS = "organisations";
    public static final String PRIORITY_OPTIONS = "priorities";
    private static final String NOT_FOUND = FeedbackPolicy.FEEDBACK_NOT_FOUND;

    private final FeedbackItemRepository items;
    private final Timeline timeline;
    private final DirectoryService directory;
    private final ProcessService processes;
    private final ObjectProvider<LinkTargets> linkTargets;
    private final FormCatalogue forms;
    private final CurrentUser currentUser;
    private final FeedbackPolicy policy;
    private final FeedbackSettings settings;
    private final ApplicationEventPublisher published;
    private final Clock clock;
    private FurtherAnswers furtherAnswers;

    FeedbackService(FeedbackItemRepository items, Timeline timeline, DirectoryService directory,
                    ProcessService processes, ObjectProvider<LinkTargets> linkTargets, FormCatalogue forms, CurrentUser currentUser,
                    FeedbackPolicy policy, FeedbackSettings settings, ApplicationEventPublisher published,
                    Clock clock) {
        this.policy = policy;
        this.items = items;
        this.timeline = timeline;
        this.published = published;
        this.directory = directory;
        this.processes = processes;
        this.linkTargets = linkTargets;
        this.forms = forms;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    @Autowired
    void setFurtherAnswers(FurtherAnswers furtherAnswers) {
        this.furtherAnswers = furtherAnswers;
    }

    // ---- What people do ------------------------------------------------------------------------------------------

    /** The PPGs the caller may submit feedback for: those they represent (none for anyone else). Signed in only. */
    @Transactional(readOnly = true)
    public List<PpgSummary> ppgsICanSubmitFor() {
        return directory.ppgs(currentUser.require().ppgTeams().keySet());
    }

    /** The choices the submit form offers the caller (their PPGs). Signed in only. */
    @Transactional(readOnly = true)
    public Map<String, List<Option>> submitFormOptions() {
        return Map.of(PPG_OPTIONS, ppgsICanSubmitFor().stream()
                .map(p -> new Option(Long.toString(p.id()), p.name() + " (" + p.teamName() + ")")).toList());
    }

    /**
     * The form a PPG representative fills in, with the choices it offers them; a representative of one PPG finds it
     * already chosen. Signed in only.
     */
    @Transactional(readOnly = true)
    public TaskForm submitForm() {
        Map<String, List<Option>> options = submitFormOptions();
        List<Option> ppgs = options.get(PPG_OPTIONS);
        Map<String, Object> values = ppgs.size() == 1 ? Map.of("ppgId", ppgs.get(0).value()) : Map.of();
        return new TaskForm(forms.form(SUBMIT_FORM), options, values);
    }

    /**
     * The themes feedback can be filed under, as the submit form offers them: reference data for anyone signed in.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    public List<Option> themes() {
        policy.me();
        return forms.form(SUBMIT_FORM).field("theme").map(FormField::options).orElse(List.of());
    }

    /** A theme's words, for a stored theme value (the value itself when it is not a theme). Signed in only. */
    public String themeLabel(String theme) {
        return themes().stream().filter(o -> o.value().equals(theme)).map(Option::label).findFirst().orElse(theme);
    }

    /**
     * A PPG representative submits feedback for one of their PPGs; the loop starts in the same transaction.
     *
     * @return the new item's id, or the form's errors (then nothing is saved)
     * @throws NotAllowedException when the caller represents no PPG
     */
    public StartOutcome submit(Map<String, Object> raw) {
        AccessProfile me = currentUser.require();
        policy.requireMaySubmit(me);
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

    /**
     * One page of the feedback the caller may read (their INTs', their PPGs'), newest first, narrowed by the filter.
     *
     * @throws NotAllowedException when nobody is signed in
     */
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

    /** How many items {@link #list} would page through. @throws NotAllowedException when nobody is signed in */
    @Transactional(readOnly = true)
    public long count(FeedbackFilter filter) {
        return items.count(visibleTo(currentUser.require(), filter));
    }

    /** Teams whose feedback the caller can list (for the list's filter). Signed in only. */
    @Transactional(readOnly = true)
    public List<TeamSummary> teamsInView() {
        AccessProfile me = currentUser.require();
        Set<Long> teams = new java.util.TreeSet<>(me.teamsInView());
        teams.addAll(me.ppgTeamIds());
        return directory.teams(teams);
    }

    /** PPGs whose feedback the caller can list (for the list's filter). Signed in only. */
    @Transactional(readOnly = true)
    public List<PpgSummary> ppgsInView() {
        AccessProfile me = currentUser.require();
        List<PpgSummary> ppgs = new ArrayList<>(directory.ppgsOfTeams(me.teamsInView()));
        directory.ppgs(me.ppgTeams().keySet()).stream().filter(p -> !ppgs.contains(p)).forEach(ppgs::add);
        return ppgs;
    }

    /**
     * One item with its timeline. The INT's people see everything; its PPG's representatives see the public timeline
     * and the response once published.
     *
     * @throws NotAllowedException "does not exist, or no access" when the caller may not read it or it does not exist
     */
    @Transactional(readOnly = true)
    public FeedbackDetails details(long feedbackId) {
        AccessProfile me = currentUser.require();
        FeedbackItem item = items.findById(feedbackId).orElseThrow(() -> new NotAllowedException(NOT_FOUND));
        policy.requireRead(me, item);
        boolean insider = policy.isInsider(me, item.getTeamId());
        List<TimelineEntry> history = timeline.entries(FeedbackTimelines.feedback(feedbackId), insider);
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
                item.isEscalated(), history,
                processes.waitingOn(PpgFeedbackProcess.KEY, item.getId().toString()), reopenedBecause(history),
                mayWithdraw(me, item));
    }

    /**
     * The representative who sent the feedback takes it back, with a reason: its loop ends (its open tasks leave
     * every inbox), the timeline says who withdrew it and why, and everyone who had a task on it is told.
     *
     * @throws NotAllowedException unless the caller sent it and still represents its PPG ("does not exist, or no
     *         access" when they may not read it at all)
     * @throws IllegalArgumentException when the reason is empty or longer than
     *         {@link FeedbackTimelines#WITHDRAW_REASON_LENGTH}
     * @throws IllegalStateException when it is already closed or withdrawn
     */
    public void withdraw(long feedbackId, String reason) {
        AccessProfile me = currentUser.require();
        FeedbackItem item = load(feedbackId);
        policy.requireOwner(me, item);
        String why = withdrawReason(reason);
        if (item.getStatus() == FeedbackStatus.CLOSED || item.getStatus() == FeedbackStatus.WITHDRAWN) {
            throw new IllegalStateException("This feedback is already " + item.getStatus().label().toLowerCase()
                    + ", so it cannot be withdrawn.");
        }
        item.withdraw(clock.instant());
        record(feedbackId, me, FeedbackEventKind.WITHDRAWN, why, true);
        EndedProcess ended = processes.end(PpgFeedbackProcess.KEY, item.getId().toString(), "Withdrawn by "
                + me.displayName());
        if (ended.hadTasks()) {
            published.publishEvent(new Notice(NotificationKind.RECORD_WITHDRAWN, "feedback:" + feedbackId
                    + ":withdrawn", new Audience(ended.people(), ended.groups()),
                    me.displayName() + " withdrew PPG feedback: " + item.getSummary(),
                    "Nothing more is needed from you on it: its task has gone from your list. Their reason: " + why,
                    "feedback/" + feedbackId));
        }
    }

    /** The reason, trimmed. @throws IllegalArgumentException when empty or too long */
    static String withdrawReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new IllegalArgumentException("Say why you are withdrawing it, so the people working on it know.");
        }
        if (why.codePointCount(0, why.length()) > FeedbackTimelines.WITHDRAW_REASON_LENGTH) {
            throw new IllegalArgumentException("The reason can be at most " + FeedbackTimelines.WITHDRAW_REASON_LENGTH
                    + " characters.");
        }
        return why;
    }

    private boolean mayWithdraw(AccessProfile me, FeedbackItem item) {
        return policy.isOwner(me, item) && item.getStatus() != FeedbackStatus.CLOSED
                && item.getStatus() != FeedbackStatus.WITHDRAWN;
    }

    /**
     * Answers given in the loop's steps that the feedback record does not keep in its own fields (fields added to a
     * form in Camunda Modeler), oldest first, with their labels. The INT's people see them; a PPG representative who
     * may read the item gets none, as with the routing.
     *
     * @throws NotAllowedException "does not exist, or no access" when the caller may not read it or it does not exist
     */
    @Transactional(readOnly = true)
    public List<FurtherAnswer> furtherAnswers(long feedbackId) {
        AccessProfile me = currentUser.require();
        FeedbackItem item = items.findById(feedbackId).orElseThrow(() -> new NotAllowedException(NOT_FOUND));
        policy.requireRead(me, item);
        if (!policy.isInsider(me, item.getTeamId())) {
            return List.of();
        }
        return furtherAnswers.onRecord(PpgFeedbackProcess.KEY, item.getId().toString());
    }

    /**
     * The feedback loop as a diagram, with the steps this item is at now highlighted, for anyone who may read the
     * item.
     *
     * @return the diagram, or null if the item has no loop
     * @throws NotAllowedException "does not exist, or no access" when the caller may not read it or it does not exist
     */
    @Transactional(readOnly = true)
    public ProcessDiagram diagram(long feedbackId) {
        AccessProfile me = currentUser.require();
        FeedbackItem item = items.findById(feedbackId).orElseThrow(() -> new NotAllowedException(NOT_FOUND));
        policy.requireRead(me, item);
        return processes.diagram(PpgFeedbackProcess.KEY, item.getId().toString());
    }

    /** The PPG's reason when it reopened the item after the last response it was sent; null when not reopened since. */
    private static String reopenedBecause(List<TimelineEntry> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            String kind = history.get(i).kind();
            if (kind.equals(FeedbackEventKind.REOPENED.name())) {
                String reason = history.get(i).detail();
                return reason == null || reason.isBlank() ? "The PPG gave no reason." : reason;
            }
            if (kind.equals(FeedbackEventKind.RESPONSE_PUBLISHED.name()) || kind.equals(FeedbackEventKind.CLOSED.name())
                    || kind.equals(FeedbackEventKind.CLOSED_UNCONFIRMED.name())
                    || kind.equals(FeedbackEventKind.WITHDRAWN.name())) {
                return null;
            }
        }
        return null;
    }

    /**
     * The member organisations a lead may refer this feedback to: those with someone in the portal to pick it up.
     *
     * @throws NotAllowedException unless the caller leads the feedback's INT ("does not exist, or no access" when
     *         they may not read it at all)
     */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> organisationsToReferTo(long feedbackId) {
        FeedbackItem item = load(feedbackId);
        policy.requireLead(currentUser.require(), item);
        // only organisations with someone in the portal to pick the referral up
        return directory.representedOrganisations(item.getTeamId());
    }

    /**
     * What backlog feedback can be linked to (the INT's work plan priorities, offered by whichever feature implements
     * {@link LinkTargets} for {@link #PRIORITY_OPTIONS}): option value the record's id, label its title. Empty when no
     * feature offers any.
     *
     * @throws NotAllowedException unless the caller leads the feedback's INT
     */
    @Transactional(readOnly = true)
    public List<Option> prioritiesToLinkTo(long feedbackId) {
        FeedbackItem item = load(feedbackId);
        policy.requireLead(currentUser.require(), item);
        return linkTargets.orderedStream().filter(t -> t.valuesKey().equals(PRIORITY_OPTIONS)).findFirst()
                .map(t -> t.forTeam(item.getTeamId())).orElse(List.of());
    }

    /**
     * Where each of these feedback items is now, for a record that links to them (a work plan priority): its page and
     * the steps its loop waits on. Items the caller may not read are left out.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    @Transactional(readOnly = true)
    public Map<Long, FeedbackProgress> progress(Collection<Long> feedbackIds) {
        AccessProfile me = currentUser.require();
        if (feedbackIds.isEmpty()) {
            return Map.of();
        }
        return items.findByIdIn(Set.copyOf(feedbackIds)).stream().filter(i -> policy.mayRead(me, i))
                .collect(Collectors.toMap(FeedbackItem::getId, i -> new FeedbackProgress(i.getId(), i.getSummary(),
                        "feedback/" + i.getId(), processes.waitingOn(PpgFeedbackProcess.KEY, i.getId().toString()))));
    }

    /**
     * Summaries for the inbox, by id, of those items the caller may read; the others are left out, as if they did not
     * exist.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    @Transactional(readOnly = true)
    public Map<Long, String> summaries(Set<Long> feedbackIds) {
        AccessProfile me = currentUser.require();
        return items.findByIdIn(feedbackIds).stream().filter(i -> policy.mayRead(me, i))
                .collect(Collectors.toMap(FeedbackItem::getId, FeedbackItem::getSummary));
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private FeedbackItem load(long feedbackId) {
        return items.findById(feedbackId).orElseThrow(() -> new NotAllowedException(NOT_FOUND));
    }

    private void record(long feedbackId, AccessProfile actor, FeedbackEventKind kind, String detail, boolean public_) {
        timeline.append(FeedbackTimelines.feedback(feedbackId), Credit.person(actor), kind.name(), kind.label(), detail,
                public_ ? Visibility.EVERYONE : Visibility.INTERNAL);
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
