package org.neighbourhoodportal.governance.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryAdministration;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.governance.AgreementDrafts;
import org.neighbourhoodportal.governance.AgreementRounds;
import org.neighbourhoodportal.governance.AgreementSections;
import org.neighbourhoodportal.governance.AgreementService;
import org.neighbourhoodportal.governance.AgreementStatus;
import org.neighbourhoodportal.governance.GovernancePolicy;
import org.neighbourhoodportal.governance.domain.Agreement;
import org.neighbourhoodportal.governance.domain.AgreementComment;
import org.neighbourhoodportal.governance.domain.AgreementCommentRepository;
import org.neighbourhoodportal.governance.domain.AgreementRepository;
import org.neighbourhoodportal.governance.domain.AgreementRound;
import org.neighbourhoodportal.governance.domain.AgreementRoundRepository;
import org.neighbourhoodportal.governance.domain.AgreementSignature;
import org.neighbourhoodportal.governance.domain.AgreementSignatureRepository;
import org.neighbourhoodportal.notifications.Audience;
import org.neighbourhoodportal.notifications.Notice;
import org.neighbourhoodportal.notifications.NotificationKind;
import org.neighbourhoodportal.processes.AgreementProcess;
import org.neighbourhoodportal.processes.ResponseRound;
import org.neighbourhoodportal.rounds.RoundAnswer;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.Visibility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each step of agreeing a ToR or MoU records. Package-private: only this package's handler, round answers and
 * delegates call it; each checks the caller through {@link GovernancePolicy}.
 */
@Component
@Transactional
class AgreementSteps {

    static final String CHECK_STEP = "Checking the signatures";
    static final String PUBLISH_STEP = "Publishing the agreed version";
    static final String REVIEW_STEP = "Annual review";

    private final AgreementRepository agreements;
    private final AgreementRoundRepository agreementRounds;
    private final AgreementCommentRepository comments;
    private final AgreementSignatureRepository signatures;
    private final AgreementRounds roundsOpened;
    private final org.neighbourhoodportal.governance.domain.AgreementInForceRepository inForce;
    private final AgreementDrafts drafts;
    private final GovernancePolicy policy;
    private final DirectoryService directory;
    private final DirectoryAdministration administration;
    private final Timeline timeline;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    AgreementSteps(AgreementRepository agreements, AgreementRoundRepository agreementRounds,
                   AgreementCommentRepository comments, AgreementSignatureRepository signatures,
                   AgreementRounds roundsOpened,
                   org.neighbourhoodportal.governance.domain.AgreementInForceRepository inForce, AgreementDrafts drafts, GovernancePolicy policy,
                   DirectoryService directory, DirectoryAdministration administration, Timeline timeline,
                   ApplicationEventPublisher published, Clock clock) {
        this.agreements = agreements;
        this.agreementRounds = agreementRounds;
        this.comments = comments;
        this.signatures = signatures;
        this.roundsOpened = roundsOpened;
        this.inForce = inForce;
        this.drafts = drafts;
        this.policy = policy;
        this.directory = directory;
        this.administration = administration;
        this.timeline = timeline;
        this.published = published;
        this.clock = clock;
    }

    /** The round's inputs from the agreement's latest round (comments or signatures). Engine only. */
    Map<String, Object> roundInputs(long agreementId) {
        policy.requireEngine();
        AgreementRound round = agreementRounds.findFirstByAgreementIdOrderByIdDesc(agreementId)
                .orElseThrow(() -> new IllegalStateException("Agreement " + agreementId + " has no round"));
        boolean signing = AgreementRounds.SIGNATURES.equals(round.getPurpose());
        Map<String, Object> variables = new HashMap<>();
        variables.put(ResponseRound.VAR_ROUND_ID, round.getRoundId());
        variables.put(ResponseRound.VAR_ROUND_KEY, Long.toString(round.getRoundId()));
        variables.put(ResponseRound.VAR_PARTY_GROUPS, new ArrayList<>(Arrays.asList(round.getPartyGroups().split(" "))));
        variables.put(ResponseRound.VAR_CLOSES_AT, Date.from(round.getClosesAt()));
        variables.put(ResponseRound.VAR_REMIND_AT, Date.from(round.getRemindAt()));
        variables.put(ResponseRound.VAR_ANSWER_FORM, signing ? AgreementProcess.FORM_SIGN_AGREEMENT
                : AgreementProcess.FORM_COMMENT_ON_AGREEMENT);
        variables.put(ResponseRound.VAR_ANSWER_TASK_NAME, signing ? AgreementRounds.SIGN_TASK
                : AgreementRounds.COMMENT_TASK);
        return variables;
    }

    /** An organisation's representative comments on a section (an objection or not), or states no objection. */
    void commented(RoundAnswer answer, String stance, String sectionKey, String body, boolean objection) {
        AccessProfile me = policy.me();
        AgreementRound round = round(answer.recordId());
        Agreement agreement = load(round.getAgreementId());
        policy.requireMayComment(me, agreement, answer.partyId());
        if (comments.existsByRoundIdAndOrganisationId(round.getId(), answer.partyId())) {
            throw new IllegalStateException("Your organisation has answered this round already.");
        }
        boolean none = "no-objection".equals(stance);
        comments.save(new AgreementComment(agreement.getId(), round.getId(), round.getVersionNumber(),
                answer.partyId(), none ? null : sectionKey, none ? null : body, !none && objection, me.personId(),
                clock.instant()));
        timeline.append(AgreementService.record(agreement.getId()), Credit.person(me), "COMMENTED",
                organisation(answer.partyId()) + (none ? ": no objection" : objection ? " objected" : " commented"),
                none ? null : AgreementSections.heading(sectionKey) + ": " + body, Visibility.INTERNAL);
    }

    /**
     * An organisation's designated signatory signs the version sent for sign-off: a recorded approval with their
     * name, role and the time. Anyone else is refused, even a representative who sees the task.
     */
    void signed(RoundAnswer answer, String role) {
        AccessProfile me = policy.me();
        AgreementRound round = round(answer.recordId());
        Agreement agreement = load(round.getAgreementId());
        String organisation = organisation(answer.partyId());
        policy.requireSignatory(me, agreement, administration.signatoryOf(agreement.getTeamId(), answer.partyId()),
                organisation);
        signatures.save(new AgreementSignature(agreement.getId(), round.getVersionNumber(), answer.partyId(),
                me.personId(), me.displayName(), role.strip(), clock.instant()));
        timeline.append(AgreementService.record(agreement.getId()), Credit.person(me), "SIGNED",
                "Signed for " + organisation, me.displayName() + ", " + role.strip() + ", version "
                        + round.getVersionNumber(), Visibility.EVERYONE);
    }

    /**
     * The lead revises the draft (a new version when anything changed) and asks for comments again or sends it for
     * sign-off; objections left in the last comment round need a reason, told to everyone on the timeline.
     */
    void revised(long agreementId, Map<String, Object> values) {
        AccessProfile me = policy.me();
        Agreement agreement = load(agreementId);
        policy.requireLead(me, agreement);
        if (!AgreementStatus.COMMENTING.name().equals(agreement.getStatus())
                && !AgreementStatus.REVISING.name().equals(agreement.getStatus())) {
            throw new IllegalStateException("This draft is not waiting for a revision.");
        }
        String nextStep = (String) values.get(AgreementProcess.VAR_NEXT_STEP);
        LocalDate closesOn = (LocalDate) values.get("closesOn");
        if (closesOn == null || !closesOn.isAfter(PortalTime.today(clock))) {
            throw new IllegalArgumentException("Choose a date after today for the answers.");
        }
        long objections = lastCommentRound(agreementId).stream().filter(AgreementComment::isObjection).count();
        String reason = (String) values.get("closeReason");
        boolean signOff = AgreementProcess.SIGN_OFF.equals(nextStep);
        if (signOff && objections > 0 && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException(objections + " objection" + (objections == 1 ? " remains" : "s remain")
                    + " from the last round: say why you are sending it for sign-off anyway.");
        }
        int number = agreement.getLatestVersion();
        if (!drafts.sameAs(agreementId, number, values)) {
            number++;
            drafts.saveVersion(agreementId, number, values, (String) values.get("changeNote"), me.personId());
            agreement.setLatestVersion(number);
            timeline.append(AgreementService.record(agreementId), Credit.person(me), "REVISED",
                    "Version " + number + " drafted", (String) values.get("changeNote"), Visibility.EVERYONE);
        }
        if (signOff) {
            if (objections > 0) {
                agreement.setCloseReason(reason.strip());
                timeline.append(AgreementService.record(agreementId), Credit.person(me), "ROUND_CLOSED_WITH_REASONS",
                        "Sent for sign-off with objections outstanding", reason.strip(), Visibility.EVERYONE);
            }
            roundsOpened.open(agreement, AgreementRounds.SIGNATURES, number, PortalTime.endOf(closesOn, clock),
                    Set.of());
            agreement.setStatus(AgreementStatus.SIGNING.name());
        } else {
            roundsOpened.open(agreement, AgreementRounds.COMMENTS, number, PortalTime.endOf(closesOn, clock),
                    Set.of());
            agreement.setStatus(AgreementStatus.COMMENTING.name());
        }
    }

    /** Whether every member organisation has signed the latest version. Engine only. */
    boolean signaturesChecked(long agreementId) {
        policy.requireEngine();
        Agreement agreement = load(agreementId);
        int number = agreement.getLatestVersion();
        Set<Long> signed = signed(agreementId, number);
        List<String> missing = directory.memberOrganisations(agreement.getTeamId()).stream()
                .filter(o -> !signed.contains(o.id())).map(OrganisationSummary::name).toList();
        agreement.setStatus(missing.isEmpty() ? AgreementStatus.SIGNING.name()
                : AgreementStatus.SIGNATURES_MISSING.name());
        timeline.append(AgreementService.record(agreementId), Credit.step(CHECK_STEP), "SIGNATURES_CHECKED",
                missing.isEmpty() ? "Every organisation has signed" : "Signatures missing",
                missing.isEmpty() ? null : String.join(", ", missing), Visibility.EVERYONE);
        return missing.isEmpty();
    }

    /** The lead asks again those that have not signed. */
    void missingSignaturesAskedAgain(long agreementId, LocalDate closesOn) {
        AccessProfile me = policy.me();
        Agreement agreement = load(agreementId);
        policy.requireLead(me, agreement);
        if (closesOn == null || !closesOn.isAfter(PortalTime.today(clock))) {
            throw new IllegalArgumentException("Choose a date after today for the signatures.");
        }
        roundsOpened.open(agreement, AgreementRounds.SIGNATURES, agreement.getLatestVersion(),
                PortalTime.endOf(closesOn, clock), signed(agreementId, agreement.getLatestVersion()));
        agreement.setStatus(AgreementStatus.SIGNING.name());
        timeline.append(AgreementService.record(agreementId), Credit.person(me), "SIGNATURES_ASKED_AGAIN",
                "Missing signatures asked for again", null, Visibility.EVERYONE);
    }

    /** Puts the signed version in force and tells the INT's members. Engine only. @return the review date, 9:00 */
    Date published(long agreementId) {
        policy.requireEngine();
        Agreement agreement = load(agreementId);
        int number = agreement.getLatestVersion();
        LocalDate today = PortalTime.today(clock);
        agreement.putInForce(number, today);
        // kept as history: a meeting is checked against the version in force on its own date (MeetingService)
        inForce.save(new org.neighbourhoodportal.governance.domain.AgreementInForce(agreementId, number, today));
        agreement.setStatus(AgreementStatus.IN_FORCE.name());
        LocalDate reviewOn = (LocalDate) drafts.values(agreementId, number).get("reviewOn");
        published.publishEvent(new Notice(NotificationKind.AGREEMENT_IN_FORCE,
                "agreement:" + agreementId + ":in-force:" + number,
                Audience.groups(List.of(WorkGroups.teamMembers(agreement.getTeamId()),
                        WorkGroups.teamLeads(agreement.getTeamId()))),
                agreement.getTitle() + " is agreed and in force",
                "Every member organisation has signed version " + number + ". Read it or download it for your "
                        + "records.", AgreementService.route(agreementId)));
        timeline.append(AgreementService.record(agreementId), Credit.step(PUBLISH_STEP), "IN_FORCE",
                "Version " + number + " in force", "Review date " + reviewOn + ".", Visibility.EVERYONE);
        return Date.from(reviewOn.atTime(9, 0).atZone(clock.getZone()).toInstant());
    }

    /** On the review date: a new draft from the version in force, and the leads told. Engine only. */
    void reviewDraftOpened(long agreementId) {
        policy.requireEngine();
        Agreement agreement = load(agreementId);
        int next = agreement.getLatestVersion() + 1;
        drafts.copy(agreementId, agreement.getInForceVersion(), next, "Annual review: a new draft of version "
                + agreement.getInForceVersion() + ".", agreement.getCreatedBy());
        agreement.setLatestVersion(next);
        agreement.setStatus(AgreementStatus.REVIEW_DRAFT.name());
        published.publishEvent(new Notice(NotificationKind.AGREEMENT_REVIEW_DUE,
                "agreement:" + agreementId + ":review:" + next, Audience.group(WorkGroups.teamLeads(agreement.getTeamId())),
                "Time to review " + agreement.getTitle(), "A new draft (version " + next + ") has been opened from "
                + "the version in force. Revise it and share it for comment.", AgreementService.route(agreementId)));
        timeline.append(AgreementService.record(agreementId), Credit.step(REVIEW_STEP), "REVIEW_OPENED",
                "Review date reached: version " + next + " drafted from the version in force", null,
                Visibility.EVERYONE);
    }

    /** The sections a comment form offers. */
    List<Option> sectionOptions() {
        return AgreementSections.ALL.stream().map(s -> new Option(s.key(), s.heading())).toList();
    }

    /** The revise form starts with the latest version. */
    Map<String, Object> latestValues(long agreementId) {
        return drafts.values(agreementId, load(agreementId).getLatestVersion());
    }

    private List<AgreementComment> lastCommentRound(long agreementId) {
        return agreementRounds.findByAgreementIdOrderByIdAsc(agreementId).stream()
                .filter(r -> AgreementRounds.COMMENTS.equals(r.getPurpose())).reduce((a, b) -> b)
                .map(r -> comments.findByRoundId(r.getId())).orElse(List.of());
    }

    private Set<Long> signed(long agreementId, int number) {
        return signatures.findByAgreementIdAndVersionNumber(agreementId, number).stream()
                .map(AgreementSignature::getOrganisationId).collect(Collectors.toSet());
    }

    private String organisation(long organisationId) {
        return directory.organisation(organisationId).map(OrganisationSummary::name).orElse("An organisation");
    }

    private AgreementRound round(long id) {
        return agreementRounds.findById(id)
                .orElseThrow(() -> new NotAllowedException(GovernancePolicy.AGREEMENT_NOT_FOUND));
    }

    private Agreement load(long agreementId) {
        return agreements.findById(agreementId)
                .orElseThrow(() -> new NotAllowedException(GovernancePolicy.AGREEMENT_NOT_FOUND));
    }
}
