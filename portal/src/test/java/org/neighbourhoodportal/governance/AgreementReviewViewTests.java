package org.neighbourhoodportal.governance;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The annual review on the page of a ToR: the lead edits the review draft and shares it; members read it. */
class AgreementReviewViewTests extends ViewTest {

    @Autowired AgreementReviews reviews;
    @Autowired AgreementService agreements;
    @Autowired AgreementTasks tasks;
    @Autowired RunAs runAs;
    @Autowired Clock clock;

    @Test
    void the_lead_shares_the_review_draft_from_its_page_and_members_then_have_it_to_comment_on() {
        long id = reviews.inReview("Harborough ToR reviewed on its page");

        // a member reads the review draft and sees that the lead is to share it, with no form of their own
        signIn.as(MEMBER);
        navigate(AgreementService.route(id));
        assertThat(_get(Paragraph.class, spec -> spec.withId("record-now")).getText())
                .contains(AgreementService.REVIEW_STEP);
        assertThat(_find(Div.class, spec -> spec.withId("review-draft"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("edit-review-draft"))).isEmpty();

        newTab();
        signIn.as(LEAD);
        navigate(AgreementService.route(id));
        _click(_get(Button.class, spec -> spec.withId("edit-review-draft")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Quorum")).getValue())
                .isEqualTo("Six members, including the lead GP or PCN clinical director.");
        // without the date comments are needed by, the form says so and keeps what was typed
        _get(TextArea.class, spec -> spec.withLabel("Quorum")).setValue("Five members.");
        _click(_get(Button.class, spec -> spec.withId("share-review-draft")));
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Comments needed by")).isInvalid()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Quorum")).getValue()).isEqualTo("Five members.");

        _get(DatePicker.class, spec -> spec.withLabel("Comments needed by")).setValue(LocalDate.now(clock).plusWeeks(3));
        _click(_get(Button.class, spec -> spec.withId("share-review-draft")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo(AgreementService.route(id));
        assertThat(_find(Div.class, spec -> spec.withId("review-draft"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("record-now")).getText())
                .doesNotContain(AgreementService.REVIEW_STEP);
        assertThat(runAs.person(MEMBER, () -> agreements.details(id)).status()).isEqualTo(AgreementStatus.COMMENTING);
        assertThat(runAs.person(MEMBER, () -> agreements.details(id)).shown().sections())
                .filteredOn(section -> section.key().equals("quorum")).singleElement()
                .satisfies(section -> assertThat(section.body()).isEqualTo("Five members."));
        assertThat(runAs.person(MEMBER, () -> tasks.yoursOn(id))).extracting(t -> t.name())
                .contains(AgreementRounds.COMMENT_TASK);
    }
}
