package org.neighbourhoodportal.maturity.process;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.maturity.AssessmentRefusedException;
import org.neighbourhoodportal.maturity.AssessmentStatus;
import org.neighbourhoodportal.maturity.MaturityPolicy;
import org.neighbourhoodportal.maturity.MaturityService;
import org.neighbourhoodportal.maturity.MaturityTimelines;
import org.neighbourhoodportal.maturity.domain.Assessment;
import org.neighbourhoodportal.maturity.domain.AssessmentRepository;
import org.neighbourhoodportal.maturity.domain.DomainEntry;
import org.neighbourhoodportal.maturity.domain.DomainEntryRepository;
import org.neighbourhoodportal.maturity.domain.MaturityDomain;
import org.neighbourhoodportal.maturity.domain.MaturityDomainRepository;
import org.neighbourhoodportal.notifications.Audience;
import org.neighbourhoodportal.notifications.Notice;
import org.neighbourhoodportal.notifications.NotificationKind;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.Visibility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each step of the self-assessment process records. Package-private: only this package's handler and round
 * answers (the signed-in person's steps) and delegate (the engine's) call it. Each step checks the person through
 * {@link MaturityPolicy} again: a handler never trusts who a caller says acted.
 */
@Component
@Transactional
class AssessmentSteps {

    private final AssessmentRepository assessments;
    private final DomainEntryRepository entries;
    private final MaturityDomainRepository domains;
    private final MaturityPolicy policy;
    private final DirectoryService directory;
    private final Timeline timeline;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    AssessmentSteps(AssessmentRepository assessments, DomainEntryRepository entries, MaturityDomainRepository domains,
                    MaturityPolicy policy, DirectoryService directory, Timeline timeline,
                    ApplicationEventPublisher published, Clock clock) {
        this.assessments = assessments;
        this.entries = entries;
        this.domains = domains;
        this.policy = policy;
        this.directory = directory;
        this.timeline = timeline;
        this.published = published;
        this.clock = clock;
    }

    /** A domain owner says their domains are recorded (in the round). Refused while one of theirs is blank. */
    void ownerFinished(long assessmentId, long ownerId, String noteToLead) {
        AccessProfile me = policy.me();
        Assessment assessment = load(assessmentId);
        policy.requireRead(me, assessment);
        if (ownerId != me.personId()) {
            throw new NotAllowedException("Only the domain owner can say their domains are done.");
        }
        List<DomainEntry> blank = entries.findByAssessmentIdOrderByDomainId(assessmentId).stream()
                .filter(e -> e.getOwnerId() == ownerId && !e.isRecorded()).toList();
        if (!blank.isEmpty()) {
            throw new AssessmentRefusedException("Record the current and target stage of " + titles(blank)
                    + " on the assessment's page first.");
        }
        timeline.append(MaturityTimelines.assessment(assessmentId), Credit.person(me), "OWNER_FINISHED",
                "Domains assessed", noteToLead, Visibility.INTERNAL);
    }

    /** The owners of this assessment's domains, for the lead's "send it back to" choice: their group, and names. */
    List<Owner> owners(long assessmentId) {
        Assessment assessment = load(assessmentId);
        policy.requireLead(policy.me(), assessment);
        List<DomainEntry> rows = entries.findByAssessmentIdOrderByDomainId(assessmentId);
        var names = directory.personNames(rows.stream().map(DomainEntry::getOwnerId).collect(Collectors.toSet()));
        return rows.stream().collect(Collectors.groupingBy(DomainEntry::getOwnerId)).entrySet().stream()
                .map(e -> new Owner(WorkGroups.personInTeam(assessment.getTeamId(), e.getKey()),
                        names.get(e.getKey()) + ": " + titles(e.getValue())))
                .sorted(java.util.Comparator.comparing(Owner::label)).toList();
    }

    record Owner(String group, String label) {
    }

    /** The lead sends the domains of one owner back with a question. */
    void sentBack(long assessmentId, String ownerGroup, String question, String answerToIcb) {
        AccessProfile me = policy.me();
        Assessment assessment = load(assessmentId);
        policy.requireLead(me, assessment);
        List<DomainEntry> theirs = entries.findByAssessmentIdOrderByDomainId(assessmentId).stream()
                .filter(e -> WorkGroups.personInTeam(assessment.getTeamId(), e.getOwnerId()).equals(ownerGroup))
                .toList();
        if (theirs.isEmpty()) {
            throw new AssessmentRefusedException("Choose one of the domain owners to send it back to.");
        }
        theirs.forEach(e -> e.askLead(question));
        answeredIcb(me, assessmentId, answerToIcb);
        timeline.append(MaturityTimelines.assessment(assessmentId), Credit.person(me), "SENT_BACK",
                "Sent back to " + directory.personName(theirs.get(0).getOwnerId()) + " (" + titles(theirs) + ")",
                question, Visibility.INTERNAL);
    }

    /** The lead submits the assessment to the ICB. Refused while a domain is blank. */
    void submitted(long assessmentId, String answerToIcb) {
        AccessProfile me = policy.me();
        Assessment assessment = load(assessmentId);
        policy.requireLead(me, assessment);
        List<DomainEntry> blank = entries.findByAssessmentIdOrderByDomainId(assessmentId).stream()
                .filter(e -> !e.isRecorded()).toList();
        if (!blank.isEmpty()) {
            throw new AssessmentRefusedException(titles(blank) + " still has no current and target stage: send it "
                    + "back to its owner first.");
        }
        answeredIcb(me, assessmentId, answerToIcb);
        assessment.submitted(clock.instant());
        timeline.append(MaturityTimelines.assessment(assessmentId), Credit.person(me), "SUBMITTED",
                "Submitted to the ICB", null, Visibility.EVERYONE);
    }

    /** The domain owner answers the lead's question. */
    void leadQuestionAnswered(long assessmentId, String reply) {
        AccessProfile me = policy.me();
        Assessment assessment = load(assessmentId);
        policy.requireRead(me, assessment);
        List<DomainEntry> mine = entries.findByAssessmentIdOrderByDomainId(assessmentId).stream()
                .filter(e -> e.getOwnerId() == me.personId()).toList();
        if (mine.isEmpty()) {
            throw new NotAllowedException("Only the domain's owner can answer the lead's question.");
        }
        List<DomainEntry> blank = mine.stream().filter(e -> !e.isRecorded()).toList();
        if (!blank.isEmpty()) {
            throw new AssessmentRefusedException("Record the current and target stage of " + titles(blank)
                    + " on the assessment's page first.");
        }
        timeline.append(MaturityTimelines.assessment(assessmentId), Credit.person(me), "OWNER_ANSWERED",
                "Answered the lead's question", reply, Visibility.INTERNAL);
    }

    /** The ICB manager accepts, or sends it back with questions (the lead and the team are told). */
    void reviewed(long assessmentId, boolean accepted, String comments) {
        AccessProfile me = policy.me();
        Assessment assessment = load(assessmentId);
        policy.requireMayReview(me, assessment);
        if (accepted) {
            timeline.append(MaturityTimelines.assessment(assessmentId), Credit.person(me), "ACCEPTED",
                    "Accepted by the ICB", comments, Visibility.EVERYONE);
            return;
        }
        assessment.questioned();
        timeline.append(MaturityTimelines.assessment(assessmentId), Credit.person(me), "ICB_QUESTIONS",
                "The ICB asked questions", comments, Visibility.EVERYONE);
        published.publishEvent(new Notice(NotificationKind.MATURITY_QUESTIONS, "maturity:" + assessmentId
                + ":questions:" + assessment.getIcbQuestionRounds(),
                Audience.group(WorkGroups.teamMembers(assessment.getTeamId())),
                "The ICB has questions on your maturity self-assessment (" + assessment.getPeriod() + ")",
                "Your lead answers them and resubmits; your domain may come back to you.",
                MaturityService.route(assessmentId)));
    }

    /** Publishes the accepted assessment to the team's members and tells them. Safe to run twice. */
    void published(long assessmentId) {
        policy.requireEngine();
        Assessment assessment = load(assessmentId);
        if (assessment.getStatus() == AssessmentStatus.PUBLISHED) {
            return;
        }
        assessment.published(clock.instant());
        timeline.append(MaturityTimelines.assessment(assessmentId), Credit.step(MaturityTimelines.PUBLISH_STEP),
                "PUBLISHED", "Published to the team", null, Visibility.EVERYONE);
        published.publishEvent(new Notice(NotificationKind.MATURITY_PUBLISHED, "maturity:" + assessmentId
                + ":published", Audience.groups(List.of(WorkGroups.teamMembers(assessment.getTeamId()),
                WorkGroups.teamLeads(assessment.getTeamId()))),
                "Your team's maturity self-assessment for " + assessment.getPeriod() + " is published",
                "Read where the team is, where it aims to be, and turn the gaps into work plan priorities.",
                MaturityService.route(assessmentId)));
    }

    private void answeredIcb(AccessProfile me, long assessmentId, String answerToIcb) {
        if (answerToIcb != null && !answerToIcb.isBlank()) {
            timeline.append(MaturityTimelines.assessment(assessmentId), Credit.person(me), "ANSWERED_ICB",
                    "Answered the ICB's questions", answerToIcb, Visibility.EVERYONE);
        }
    }

    private String titles(List<DomainEntry> rows) {
        Set<Long> ids = rows.stream().map(DomainEntry::getDomainId).collect(Collectors.toSet());
        return domains.findAllById(ids).stream().sorted(java.util.Comparator.comparing(MaturityDomain::getSortOrder))
                .map(MaturityDomain::getTitle).collect(Collectors.joining("; "));
    }

    private Assessment load(long assessmentId) {
        return assessments.findById(assessmentId).orElseThrow(() -> new NotAllowedException(MaturityPolicy.NOT_FOUND));
    }
}
