package org.neighbourhoodportal.notifications;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell, the notification list, the preferences page and the administrators' outbox, without a browser. */
class NotificationViewsTests extends ViewTest {

    @Autowired NotificationService notifications;
    @Autowired RunAs runAs;

    @Test
    void the_bell_counts_a_new_task_and_marking_all_read_on_the_list_clears_it() {
        loop.submitAsPpg("Views test: the bell");
        signIn.as(LEAD);
        navigate("notifications");

        Span count = _get(Span.class, spec -> spec.withId("notification-count"));
        assertThat(count.isVisible()).isTrue();
        assertThat(Long.parseLong(count.getText().replace("+", ""))).isPositive();
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("notification-grid"));
        assertThat(GridKt._size(grid)).isPositive();
        assertThat(((NotificationRow) GridKt._get(grid, 0)).title()).startsWith("A new task for you");

        _click(_get(Button.class, spec -> spec.withId("mark-all-read")));

        // the count is hidden at zero (Karibu finds only visible components), and the bell says so to screen readers
        assertThat(_find(Span.class, spec -> spec.withId("notification-count"))).isEmpty();
        assertThat(_get(RouterLink.class, spec -> spec.withId("notification-bell")).getElement()
                .getAttribute("aria-label")).isEqualTo("Notifications, none unread");
        assertThat(runAs.person(LEAD, () -> notifications.unreadCount())).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_person_chooses_the_portal_only_for_a_kind_and_it_is_kept() {
        signIn.as(MEMBER);
        navigate("notifications/preferences");

        RadioButtonGroup<Delivery> overdue = _get(RadioButtonGroup.class, spec -> spec.withId("preference-overdue"));
        assertThat(overdue.getValue()).isEqualTo(Delivery.IMMEDIATELY);
        HasValueUtilsKt._setValue(overdue, Delivery.PORTAL_ONLY, true); // as the person clicking it

        assertThat(runAs.person(MEMBER, () -> notifications.preferences()))
                .filteredOn(p -> p.kind() == NotificationKind.OVERDUE).singleElement()
                .satisfies(p -> assertThat(p.delivery()).isEqualTo(Delivery.PORTAL_ONLY));
    }

    @Test
    void administrators_see_the_outbox_and_that_the_demo_sends_no_email() {
        signIn.as(ADMINISTRATOR);
        navigate("notifications/outbox");

        assertThat(_get(Paragraph.class, spec -> spec.withId("mail-state")).getText()).startsWith("E-mail is off");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("outbox-grid"));
        assertThat(GridKt._size(grid)).as("the demo tasks' e-mails, written but not sent").isPositive();
        assertThat(((OutboxRow) GridKt._get(grid, 0)).status()).isEqualTo(OutboxStatus.MAIL_OFF);
    }
}
