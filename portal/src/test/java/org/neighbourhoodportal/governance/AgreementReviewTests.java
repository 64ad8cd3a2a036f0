package org.neighbourhoodportal.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.COUNCIL_MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.workflow.StartOutcome;
import org.neighbourhoodportal.workflow.TaskForm;
import org.neighbourhoodportal.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The annual review of a ToR in force, through the services: the review date's timer opens a draft from the version in
 * force; only the INT's lead shares it, only while it is a draft; every member organisation is asked and told; the
 * rounds and the sign-off then run as for a first draft, and the new version's review date waits again.
 */
@PortalTest
class AgreementReviewTests {

    @Autowired RunAs runAs;
    @Autowired AgreementService agreements;
    @Autowired AgreementTasks tasks;
    @Autowired AgreementReviews reviews;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void the_lead_edits_and_shares_the_review_draft_members_are_asked_and_told_and_the_new_version_is_signed() {
        long id = reviews.inReview("Harborough ToR for review");
        LocalDate today = LocalDate.now(clock);

        AgreementDetails opened = runAs.person(MEMBER, () -> agreements.details(id));
        assertThat(opened.status()).isEqualTo(AgreementStatus.REVIEW_DRAFT);
        assertThat(opened.inForceVersion()).isEqualTo(1);
        assertThat(opened.shown().number()).isEqualTo(2);
        assertThat(opened.waitingOn()).containsExactly(AgreementService.REVIEW_STEP);

        // only the lead is offered the form, and it starts from the draft with the next review date a year on
        assertThat(runAs.person(MEMBER, () -> agreements.reviewDraftForm(id))).isEmpty();
        assertThatThrownBy(() -> runAs.person(THURROCK_LEAD, () -> agreements.reviewDraftForm(id)))
                .isInstanceOf(NotAllowedException.class);
        TaskForm form = runAs.person(LEAD, () -> agreements.reviewDraftForm(id)).orElseThrow();
        assertThat(form.values()).containsEntry("quorumMembers", 6L)
                .doesNotContainKey("meetings");
        assertThat((LocalDate) form.values().get("reviewOn")).isAfter(today);

        Map<String, Object> values = new HashMap<>(form.values());
        values.put("meetings", "Monthly, and in public twice a year.");
        values.put("changeNote", "Annual review: meetings in public twice a year.");
        values.put("closesOn", today.plusWeeks(3));

        // only the lead shares it
        assertThatThrownBy(() -> runAs.person(MEMBER, () -> agreements.shareReviewDraft(id, values)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> runAs.person(THURROCK_LEAD, () -> agreements.shareReviewDraft(id, values)))
                .isInstanceOf(NotAllowedException.class);
        // a review date that is not after today is refused on its field, and nothing is saved
        Map<String, Object> pastReview = new HashMap<>(values);
        pastReview.put("reviewOn", today);
        StartOutcome refused = runAs.person(LEAD, () -> agreements.shareReviewDraft(id, pastReview));
        assertThat(refused.errors()).extracting(e -> e.key()).containsExactly("reviewOn");
        assertThat(runAs.person(LEAD, () -> agreements.details(id)).status()).isEqualTo(AgreementStatus.REVIEW_DRAFT);

        assertThat(runAs.person(LEAD, () -> agreements.shareReviewDraft(id, values)).isSaved()).isTrue();

        AgreementDetails shared = runAs.person(MEMBER, () -> agreements.details(id));
        assertThat(shared.status()).isEqualTo(AgreementStatus.COMMENTING);
        assertThat(shared.inForceVersion()).isEqualTo(1); // stays in force until the new one is signed
        assertThat(shared.shown().number()).isEqualTo(3);
        assertThat(shared.changes()).filteredOn(c -> c.change().equals("Added")).singleElement()
                .satisfies(c -> assertThat(c.after()).isEqualTo("Monthly, and in public twice a year."));
        assertThat(shared.timeline()).anyMatch(e -> e.what().equals("Review draft shared for comment"));

        // every member organisation is asked: its representatives have the task and an e-mail in the outbox
        WorkItem comment = runAs.person(MEMBER, () -> tasks.yoursOn(id)).stream().findFirst().orElseThrow();
        assertThat(comment.name()).isEqualTo(AgreementRounds.COMMENT_TASK);
        assertThat(runAs.person(COUNCIL_MEMBER, () -> tasks.yoursOn(id))).isNotEmpty();
        long roundId = runAs.person(LEAD, () -> agreements.latestRound(id)).orElseThrow().id();
        for (String person : new String[] {MEMBER, COUNCIL_MEMBER}) {
            assertThat(jdbc.sql("select count(*) from notification_outbox where email = ? and event_key = ?")
                    .params(person, "round:" + roundId + ":opened").query(Long.class).single())
                    .as("%s is told", person).isEqualTo(1L);
        }

        // only a draft is shared: not twice
        assertThatThrownBy(() -> runAs.person(LEAD, () -> agreements.shareReviewDraft(id, values)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no review draft");
        assertThat(runAs.person(LEAD, () -> agreements.reviewDraftForm(id))).isEmpty();

        // the round, the sign-off and the new version in force, whose review date waits again
        reviews.signOff(id);
        AgreementDetails signed = runAs.person(MEMBER, () -> agreements.details(id));
        assertThat(signed.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(signed.inForceVersion()).isEqualTo(3);
        assertThat(signed.shown().sections()).filteredOn(section -> section.key().equals("meetings"))
                .singleElement().satisfies(section -> assertThat(section.body())
                        .isEqualTo("Monthly, and in public twice a year."));
        assertThat(reviews.waitsForTheReviewDate(id)).isTrue();
    }

    @Test
    void an_agreement_whose_review_date_has_not_come_has_no_review_draft_to_share() {
        long first = runAs.person(LEAD, () -> agreements.list()).stream()
                .filter(a -> a.status() != AgreementStatus.REVIEW_DRAFT).findFirst().orElseThrow().id();
        assertThat(runAs.person(LEAD, () -> agreements.reviewDraftForm(first))).isEmpty();
        assertThatThrownBy(() -> runAs.person(LEAD, () -> agreements.shareReviewDraft(first, Map.of())))
                .isInstanceOf(IllegalStateException.class);
    }
}
