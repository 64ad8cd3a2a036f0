package org.neighbourhoodportal.governance;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.ViewTest;
import org.neighbourhoodportal.ui.Formats;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Ratifying a flagged decision on the meeting page (Karibu, no browser): yesterday's decision, taken before any ToR
 * was in force, is flagged; today's quorate meeting ratifies it from an agenda item's form; the earlier meeting and
 * the decisions log then show the flag and "Ratified at the meeting of …" with a link to today's meeting. A member
 * sees no form.
 */
class MeetingRatificationViewTests extends ViewTest {

    @Autowired RunAs runAs;
    @Autowired MeetingService meetings;
    @Autowired LeadershipGroupService groups;
    @Autowired Clock clock;

    @Test
    @SuppressWarnings("unchecked")
    void the_lead_ratifies_a_flagged_decision_on_the_later_meeting_and_both_pages_and_the_log_say_so() {
        long group = runAs.person(LEAD, () -> groups.list()).stream()
                .filter(g -> g.name().equals("Harborough INT leadership group")).findFirst().orElseThrow().id();
        LocalDate today = LocalDate.now(clock);
        long earlier = runAs.person(LEAD, () -> meetings.plan(group, "View: before the ToR", today.minusDays(1),
                LocalTime.NOON, null, "Budget"));
        long flagged = runAs.person(LEAD, () -> meetings.decide(earlier, meetings.details(earlier).items().get(0).id(),
                "View: use the reserve.", DecisionMethod.CONSENSUS, null, "To be ratified."));
        long later = runAs.person(LEAD, () -> meetings.plan(group, "View: ratifying", today, LocalTime.MIDNIGHT,
                null, "Matters arising"));
        Map<Long, AttendanceStatus> present = new HashMap<>();
        runAs.person(LEAD, () -> meetings.details(later)).attendance()
                .forEach(a -> present.put(a.personId(), AttendanceStatus.PRESENT));
        runAs.person(LEAD, () -> meetings.recordAttendance(later, present, null));

        signIn.as(LEAD);
        navigate(MeetingService.route(later));
        Button save = _get(Button.class, spec -> spec.withId("item-1-ratify-save"));
        _click(save);
        assertThat(_get(Paragraph.class, spec -> spec.withId("item-1-ratify-problem")).getText())
                .isEqualTo("Choose the flagged decision this meeting ratified or rejected.");
        Select<MeetingDetails.FlaggedDecision> which = _get(Select.class,
                spec -> spec.withId("item-1-ratify-decision"));
        MeetingDetails.FlaggedDecision choice = which.getListDataView().getItems().filter(f -> f.id() == flagged)
                .findFirst().orElseThrow();
        which.setValue(choice);
        _click(_get(Button.class, spec -> spec.withId("item-1-ratify-save")));

        Div item = _get(Div.class, spec -> spec.withId("item-1"));
        assertThat(item.getElement().getTextRecursively()).contains("Ratified a flagged decision of")
                .contains("Quorate");
        navigate(MeetingService.route(earlier));
        Div decision = _get(Div.class, spec -> spec.withId("decision-" + flagged));
        assertThat(decision.getElement().getTextRecursively()).contains("Flagged")
                .contains("Ratified at the meeting of " + Formats.day(today));
        assertThat(_find(decision, Anchor.class)).extracting(Anchor::getHref)
                .containsExactly(MeetingService.route(later));

        signIn.as(MEMBER);
        navigate("governance/groups/" + group + "/decisions");
        assertThat(_get(Paragraph.class, spec -> spec.withId("decisions-summary")).getText())
                .contains(" flagged (taken without a quorum").endsWith("since been ratified or rejected at a later "
                        + "meeting.");
        Grid<DecisionLogRow> grid = _get(Grid.class, spec -> spec.withId("decisions-grid"));
        int row = -1;
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).decisionId() == flagged) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        Component cell = GridKt._getCellComponent(grid, row, "check");
        assertThat(cell.getElement().getTextRecursively()).contains("Flagged").contains("Ratified at the meeting of");
        navigate(MeetingService.route(later));
        assertThat(_find(Button.class, spec -> spec.withId("item-1-ratify-save"))).isEmpty();
    }
}
