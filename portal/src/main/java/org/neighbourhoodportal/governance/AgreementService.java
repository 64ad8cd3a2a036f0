package org.neighbourhoodportal.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.forms.FieldError;
import org.neighbourhoodportal.forms.FormSubmission;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.governance.domain.Agreement;
import org.neighbourhoodportal.governance.domain.AgreementComment;
import org.neighbourhoodportal.governance.domain.AgreementCommentRepository;
import org.neighbourhoodportal.governance.domain.AgreementRepository;
import org.neighbourhoodportal.governance.domain.AgreementRoundRepository;
import org.neighbourhoodportal.governance.domain.AgreementSection;
import org.neighbourhoodportal.governance.domain.AgreementSectionRepository;
import org.neighbourhoodportal.governance.domain.AgreementSignature;
import org.neighbourhoodportal.governance.domain.AgreementSignatureRepository;
import org.neighbourhoodportal.governance.domain.AgreementVersion;
import org.neighbourhoodportal.governance.domain.AgreementVersionRepository;
import org.neighbourhoodportal.processes.AgreementProcess;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.RoundStatus;
import org.neighbourhoodportal.rounds.RoundView;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.TimelineRecord;
import org.neighbourhoodportal.timeline.Visibility;
import org.neighbourhoodportal.workflow.FormCatalogue;
import org.neighbourhoodportal.workflow.ProcessService;
import org.neighbourhoodportal.workflow.StartOutcome;
import org.neighbourhoodportal.workflow.TaskForm;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreeing an INT's terms of reference or MoU (issue 12): the lead shares a structured draft (the sections of
 * {@link AgreementSections}, the quorum and decision rules as fields) for comment; the process
 * ({@code AgreementProcess}) runs the comment and sign-off rounds, every version is kept and compared section by
 * section, and the signed version is published. Every method checks the signed-in person through
 * {@link GovernancePolicy} and throws {@link NotAllowedException} when they may not; what each step records lives in
 * {@code governance.process}, package-private.
 */
@Service
@Transactional
public class AgreementService {

    public static final String TEAM_OPTIONS = "teams";
    public static final String TIMELINE_KIND = "agreement";
    /** What a ToR or MoU waits on while its annual review draft is open: the lead, on its page. */
    public static final String REVIEW_STEP = "The INT lead to share the review draft for comment";
    public static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final AgreementRepository agreements;
    private final AgreementVersionRepository versions;
    private final AgreementSectionRepository sections;
    private final AgreementCommentRepository comments;
    private final AgreementSignatureRepository signatures;
    private final AgreementRoundRepository agreementRounds;
    private final AgreementRounds roundsOpened;
    private final AgreementDrafts drafts;
    private final RoundService rounds;
    private final DirectoryService directory;
    private final ProcessService processes;
    private final FormCatalogue forms;
    private final CurrentUser currentUser;
    private final GovernancePolicy policy;
    private final Timeline timeline;
    private final Clock clock;

    AgreementService(AgreementRepository agreements, AgreementVersionRepository versions,
                     AgreementSectionRepository sections, AgreementCommentRepository comments,
                     AgreementSignatureRepository signatures, AgreementRoundRepository agreementRounds,
                     AgreementRounds roundsOpened, AgreementDrafts drafts, RoundService rounds, DirectoryService directory,
                     ProcessService processes, FormCatalogue forms, CurrentUser currentUser, GovernancePolicy policy,
                     Timeline timeline, Clock clock) {
        this.agreements = agreements;
        this.versions = versions;
        this.sections = sections;
        this.comments = comments;
        this.signatures = signatures;
        this.agreementRounds = agreementRounds;
        this.roundsOpened = roundsOpened;
        this.drafts = drafts;
        this.rounds = rounds;
        this.directory = directory;
        this.processes = processes;
        this.forms = forms;
        this.currentUser = currentUser;
        this.policy = policy;
        this.timeline = timeline;
        this.clock = clock;
    }

    public static TimelineRecord record(long agreementId) {
        return new TimelineRecord(TIMELINE_KIND, agreementId);
    }

    public static String route(long agreementId) {
        return "governance/agreements/" + agreementId;
    }

    /** The choices the draft form offers: the INTs the caller leads. Signed in only. */
    @Transactional(readOnly = true)
    public Map<String, List<Option>> draftFormOptions() {
        AccessProfile me = currentUser.require();
        return Map.of(TEAM_OPTIONS, directory.teams(me.ledTeams()).stream()
                .map(t -> new Option(Long.toString(t.id()), t.name())).toList());
    }

    /** The form an INT lead fills in to share a first draft. Signed in only. */
    @Transactional(readOnly = true)
    public TaskForm draftForm() {
        return new TaskForm(forms.form(AgreementProcess.FORM_DRAFT_AGREEMENT), draftFormOptions());
    }

    /**
     * An INT lead shares a first draft for comment: version 1 is saved, every member organisation is asked in a
     * round, and the process starts, all in one transaction.
     *
     * @return the new agreement's id, or the form's errors (then nothing is saved)
     * @throws NotAllowedException when the caller leads no INT
     */
    public StartOutcome share(Map<String, Object> raw) {
        AccessProfile me = currentUser.require();
        if (!me.isLead()) {
            throw new NotAllowedException("Only an INT lead can draft terms of reference or an MoU.");
        }
        FormSubmission submission = forms.validate(AgreementProcess.FORM_DRAFT_AGREEMENT, raw, draftFormOptions());
        List<FieldError> errors = new ArrayList<>(submission.errors());
        Map<String, Object> values = submission.values();
        LocalDate closesOn = (LocalDate) values.get("closesOn");
        if (closesOn != null && !closesOn.isAfter(PortalTime.today(clock))) {
            errors.add(new FieldError("closesOn", "Comments needed by", "Choose a date after today."));
        }
        if (!errors.isEmpty()) {
            return StartOutcome.refused(errors);
        }
        long teamId = Long.parseLong((String) values.get("teamId"));
        Agreement agreement = agreements.save(new Agreement(teamId, (String) values.get("kind"),
                ((String) values.get("title")).strip(), AgreementStatus.COMMENTING.name(), 1, me.personId(),
                clock.instant()));
        drafts.saveVersion(agreement.getId(), 1, values, null, me.personId());
        roundsOpened.open(agreement, AgreementRounds.COMMENTS, 1, PortalTime.endOf(closesOn, clock), Set.of());
        processes.start(AgreementProcess.KEY, agreement.getId().toString(), Map.of(
                AgreementProcess.VAR_AGREEMENT_ID, agreement.getId(),
                AgreementProcess.VAR_LEAD_GROUP, WorkGroups.teamLeads(teamId)));
        timeline.append(record(agreement.getId()), Credit.person(me), "SHARED", "Draft shared for comment",
                "Version 1, comments needed by " + closesOn + ".", Visibility.EVERYONE);
        return StartOutcome.saved(agreement.getId());
    }

    /**
     * The form to share the annual review's draft, for the page of a ToR or MoU whose review draft is open (the review
     * date's timer opened it from the version in force): the draft's sections and rules to edit, the next review date
     * a year on. Empty when there is no review draft open or the caller does not lead the INT.
     *
     * @throws NotAllowedException "does not exist, or no access" unless the caller may read the agreement
     */
    @Transactional(readOnly = true)
    public Optional<TaskForm> reviewDraftForm(long agreementId) {
        AccessProfile me = currentUser.require();
        Agreement agreement = load(agreementId);
        policy.requireRead(me, agreement);
        if (!me.leads(agreement.getTeamId())
                || !AgreementStatus.REVIEW_DRAFT.name().equals(agreement.getStatus())) {
            return Optional.empty();
        }
        Map<String, Object> values = new HashMap<>(drafts.values(agreementId, agreement.getLatestVersion()));
        LocalDate today = PortalTime.today(clock);
        LocalDate next = (LocalDate) values.get("reviewOn");
        while (next != null && !next.isAfter(today)) {
            next = next.plusYears(1);
        }
        values.put("reviewOn", next);
        values.remove("changeNote");
        return Optional.of(new TaskForm(forms.form(AgreementProcess.FORM_SHARE_REVIEW_DRAFT), Map.of(), values));
    }

    /**
     * The lead shares the annual review's draft for comment, from the agreement's page: the draft as edited is saved
     * as a new version when anything changed, every member organisation is asked in a comment round (each of their
     * representatives is told), and the agreement's process starts again from "Draft shared for comment", so the
     * rounds, the revisions and the sign-off follow as for a first draft. The version in force stays in force until
     * the new one is signed.
     *
     * @return the agreement's id, or the form's errors (then nothing is saved)
     * @throws NotAllowedException   unless the caller leads the agreement's INT
     * @throws IllegalStateException when no review draft is open (it was shared already, or the review date has not
     *                               come)
     */
    public StartOutcome shareReviewDraft(long agreementId, Map<String, Object> raw) {
        AccessProfile me = currentUser.require();
        Agreement agreement = load(agreementId);
        policy.requireLead(me, agreement);
        if (!AgreementStatus.REVIEW_DRAFT.name().equals(agreement.getStatus())) {
            throw new IllegalStateException("There is no review draft to share: it has been shared already, or the "
                    + "review date has not come yet.");
        }
        FormSubmission submission = forms.validate(AgreementProcess.FORM_SHARE_REVIEW_DRAFT, raw, Map.of());
        List<FieldError> errors = new ArrayList<>(submission.errors());
        Map<String, Object> values = submission.values();
        LocalDate today = PortalTime.today(clock);
        LocalDate closesOn = (LocalDate) values.get("closesOn");
        if (closesOn != null && !closesOn.isAfter(today)) {
            errors.add(new FieldError("closesOn", "Comments needed by", "Choose a date after today."));
        }
        LocalDate reviewOn = (LocalDate) values.get("reviewOn");
        if (reviewOn != null && !reviewOn.isAfter(today)) {
            errors.add(new FieldError("reviewOn", "Review date", "Choose a date after today: the next annual "
                    + "review opens on it."));
        }
        if (!errors.isEmpty()) {
            return StartOutcome.refused(errors);
        }
        int number = agreement.getLatestVersion();
        if (!drafts.sameAs(agreementId, number, values)) {
            number++;
            drafts.saveVersion(agreementId, number, values, (String) values.get("changeNote"), me.personId());
            agreement.setLatestVersion(number);
            timeline.append(record(agreementId), Credit.person(me), "REVISED", "Version " + number + " drafted",
                    (String) values.get("changeNote"), Visibility.EVERYONE);
        }
        agreement.setCloseReason(null); // the last sign-off's reasons belong to the version in force
        roundsOpened.open(agreement, AgreementRounds.COMMENTS, number, PortalTime.endOf(closesOn, clock), Set.of());
        agreement.setStatus(AgreementStatus.COMMENTING.name());
        processes.start(AgreementProcess.KEY, agreement.getId().toString(), Map.of(
                AgreementProcess.VAR_AGREEMENT_ID, agreement.getId(),
                AgreementProcess.VAR_LEAD_GROUP, WorkGroups.teamLeads(agreement.getTeamId())));
        timeline.append(record(agreementId), Credit.person(me), "REVIEW_SHARED", "Review draft shared for comment",
                "Version " + number + ", comments needed by " + closesOn + ". Version "
                        + agreement.getInForceVersion() + " stays in force until the new one is signed.",
                Visibility.EVERYONE);
        return StartOutcome.saved(agreementId);
    }

    /** The ToRs and MoUs of the INTs the caller may read (the ICB's managers: those in force). Signed in only. */
    @Transactional(readOnly = true)
    public List<AgreementRow> list() {
        AccessProfile me = currentUser.require();
        Set<Long> teams = me.teamsInView();
        if (teams.isEmpty()) {
            return List.of();
        }
        Map<Long, String> teamNames = directory.teams(teams).stream()
                .collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
        return agreements.findByTeamIdInOrderByCreatedAtDesc(teams).stream().filter(a -> policy.mayRead(me, a))
                .map(a -> new AgreementRow(a.getId(), a.getTitle(), AgreementRounds.kindWord(a),
                        teamNames.get(a.getTeamId()), AgreementStatus.valueOf(a.getStatus()), a.getLatestVersion(),
                        a.getInForceVersion(), a.getInForceFrom())).toList();
    }

    /**
     * One ToR or MoU: the INT's people see the latest version, every comment and the comparison with the version
     * before; the ICB's managers see the version in force and its signatures.
     *
     * @throws NotAllowedException "does not exist, or no access" unless the caller may read it
     */
    @Transactional(readOnly = true)
    public AgreementDetails details(long agreementId) {
        AccessProfile me = currentUser.require();
        Agreement agreement = load(agreementId);
        policy.requireRead(me, agreement);
        boolean insider = me.worksIn(agreement.getTeamId());
        int shownNumber = insider ? agreement.getLatestVersion() : agreement.getInForceVersion();
        List<AgreementVersion> all = versions.findByAgreementIdOrderByNumberAsc(agreementId);
        Map<Long, String> organisations = directory.memberOrganisations(agreement.getTeamId()).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
        List<AgreementComment> said = insider ? comments.findByAgreementIdOrderByIdAsc(agreementId) : List.of();
        Set<Long> people = new HashSet<>();
        all.forEach(v -> people.add(v.getCreatedBy()));
        said.forEach(c -> people.add(c.getAuthorId()));
        Map<Long, String> names = directory.personNames(people);
        List<AgreementSignature> signed = new ArrayList<>();
        all.stream().filter(v -> insider || v.getNumber() == shownNumber).forEach(v ->
                signed.addAll(signatures.findByAgreementIdAndVersionNumber(agreementId, v.getNumber())));
        AgreementVersion shown = all.stream().filter(v -> v.getNumber() == shownNumber).findFirst().orElseThrow();
        List<AgreementDetails.SectionChange> changes = insider && shownNumber > 1
                ? compare(all.get(shownNumber - 2), shown) : List.of();
        return new AgreementDetails(agreementId, agreement.getTitle(), AgreementRounds.kindWord(agreement),
                directory.team(agreement.getTeamId()).name(), AgreementStatus.valueOf(agreement.getStatus()),
                agreement.getInForceVersion(), agreement.getInForceFrom(), insider ? agreement.getCloseReason() : null,
                view(shown),
                all.stream().filter(v -> insider || v.getNumber() == shownNumber)
                        .map(v -> new AgreementDetails.VersionSummary(v.getNumber(), names.get(v.getCreatedBy()),
                                v.getCreatedAt(), v.getChangeNote())).toList(),
                said.stream().map(c -> new AgreementDetails.CommentView(c.getVersionNumber(),
                        organisations.getOrDefault(c.getOrganisationId(), "An organisation that has left"),
                        c.getSectionKey() == null ? null : AgreementSections.heading(c.getSectionKey()), c.getBody(),
                        c.isObjection(), names.get(c.getAuthorId()), c.getCommentedAt())).toList(),
                signed.stream().map(s -> new AgreementDetails.SignatureView(s.getVersionNumber(),
                        organisations.getOrDefault(s.getOrganisationId(), "An organisation that has left"),
                        s.getSignerName(), s.getSignerRole(), s.getSignedAt())).toList(),
                changes, insider ? waitingOn(agreement) : List.of(),
                timeline.entries(record(agreementId), insider));
    }

    /**
     * What changed between two versions, section by section, with the quorum and decision rules as one more row.
     *
     * @throws NotAllowedException      unless the caller is one of the INT's people (leads, representatives)
     * @throws IllegalArgumentException when either version does not exist
     */
    @Transactional(readOnly = true)
    public List<AgreementDetails.SectionChange> comparison(long agreementId, int from, int to) {
        AccessProfile me = currentUser.require();
        Agreement agreement = load(agreementId);
        policy.requireRead(me, agreement);
        if (!me.worksIn(agreement.getTeamId())) {
            throw new NotAllowedException("Only the INT's people can compare drafts.");
        }
        AgreementVersion before = versions.findByAgreementIdAndNumber(agreementId, from)
                .orElseThrow(() -> new IllegalArgumentException("There is no version " + from + "."));
        AgreementVersion after = versions.findByAgreementIdAndNumber(agreementId, to)
                .orElseThrow(() -> new IllegalArgumentException("There is no version " + to + "."));
        return compare(before, after);
    }

    /**
     * The version shown on the page as a Word document (.docx): headings as real styles, the version, its date and
     * the signatories table. Same access as {@link #details(long)}.
     */
    @Transactional(readOnly = true)
    public AgreementDocument download(long agreementId) {
        AgreementDetails details = details(agreementId);
        String name = details.title().replaceAll("[^A-Za-z0-9 _-]", "").strip().replace(' ', '-')
                + "-version-" + details.shown().number() + ".docx";
        return new AgreementDocument(name, WORD, AgreementWordWriter.write(details));
    }

    /**
     * The latest round (comments or signatures) as the caller may see it, for the page's round panel.
     *
     * @throws NotAllowedException "does not exist, or no access" unless the caller may read the agreement
     */
    @Transactional(readOnly = true)
    public Optional<RoundView> latestRound(long agreementId) {
        AccessProfile me = currentUser.require();
        policy.requireRead(me, load(agreementId));
        return agreementRounds.findFirstByAgreementIdOrderByIdDesc(agreementId).flatMap(r -> rounds.roundFor(
                AgreementRounds.SIGNATURES.equals(r.getPurpose()) ? AgreementRounds.SIGN_KIND
                        : AgreementRounds.COMMENT_KIND, r.getId()));
    }

    /**
     * Titles for the inbox, by id, of those the caller may read; the others are left out.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    @Transactional(readOnly = true)
    public Map<Long, String> titles(Set<Long> agreementIds) {
        AccessProfile me = currentUser.require();
        return agreements.findByIdIn(agreementIds).stream().filter(a -> policy.mayRead(me, a))
                .collect(Collectors.toMap(Agreement::getId, Agreement::getTitle));
    }

    // ----------------------------------------------------------------

    private List<String> waitingOn(Agreement agreement) {
        List<String> steps = new ArrayList<>();
        if (AgreementStatus.REVIEW_DRAFT.name().equals(agreement.getStatus())) {
            steps.add(REVIEW_STEP);
            return steps;
        }
        agreementRounds.findFirstByAgreementIdOrderByIdDesc(agreement.getId()).ifPresent(r -> {
            boolean signing = AgreementRounds.SIGNATURES.equals(r.getPurpose());
            rounds.roundFor(signing ? AgreementRounds.SIGN_KIND : AgreementRounds.COMMENT_KIND, r.getId())
                    .filter(v -> v.status() == RoundStatus.OPEN)
                    .ifPresent(v -> steps.add(signing ? AgreementRounds.SIGN_TASK : AgreementRounds.COMMENT_TASK));
        });
        steps.addAll(processes.waitingOn(AgreementProcess.KEY, agreement.getId().toString()));
        return steps;
    }

    private AgreementDetails.VersionView view(AgreementVersion version) {
        Map<String, String> bodies = bodies(version);
        return new AgreementDetails.VersionView(version.getNumber(), AgreementSections.ALL.stream()
                .map(s -> new AgreementDetails.SectionText(s.key(), s.heading(), bodies.get(s.key()))).toList(),
                version.getQuorumMembers(), LeadershipGroupService.lines(version.getQuorumSeats()),
                AgreementSections.DECISION_METHODS.getOrDefault(version.getDecisionMethod(),
                        version.getDecisionMethod()),
                AgreementSections.CONFLICT_RULES.getOrDefault(version.getConflictsRule(), version.getConflictsRule()),
                version.getReviewOn());
    }

    private Map<String, String> bodies(AgreementVersion version) {
        Map<String, String> bodies = new HashMap<>();
        sections.findByVersionId(version.getId()).forEach(s -> bodies.put(s.getSectionKey(), s.getBody()));
        return bodies;
    }

    private List<AgreementDetails.SectionChange> compare(AgreementVersion before, AgreementVersion after) {
        Map<String, String> was = bodies(before);
        Map<String, String> now = bodies(after);
        List<AgreementDetails.SectionChange> changes = new ArrayList<>();
        for (AgreementSections.Section section : AgreementSections.ALL) {
            String a = was.get(section.key());
            String b = now.get(section.key());
            String change = a == null && b == null ? "Not included" : a == null ? "Added" : b == null ? "Removed"
                    : a.equals(b) ? "Unchanged" : "Changed";
            changes.add(new AgreementDetails.SectionChange(section.heading(), change, a, b));
        }
        String rulesBefore = rules(before);
        String rulesAfter = rules(after);
        changes.add(new AgreementDetails.SectionChange("Quorum and decision rules",
                rulesBefore.equals(rulesAfter) ? "Unchanged" : "Changed", rulesBefore, rulesAfter));
        return changes;
    }

    private static String rules(AgreementVersion v) {
        return "Quorum " + v.getQuorumMembers() + (v.getQuorumSeats() == null ? "" : " including "
                + String.join(", ", LeadershipGroupService.lines(v.getQuorumSeats()))) + "; decisions: "
                + AgreementSections.DECISION_METHODS.getOrDefault(v.getDecisionMethod(), v.getDecisionMethod())
                + "; conflicts: " + AgreementSections.CONFLICT_RULES.getOrDefault(v.getConflictsRule(),
                v.getConflictsRule()) + "; review " + v.getReviewOn();
    }

    private Agreement load(long agreementId) {
        return agreements.findById(agreementId)
                .orElseThrow(() -> new NotAllowedException(GovernancePolicy.AGREEMENT_NOT_FOUND));
    }
}
