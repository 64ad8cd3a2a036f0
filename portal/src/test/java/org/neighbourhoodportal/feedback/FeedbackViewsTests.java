package org.neighbourhoodportal.feedback;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.processes.PpgFeedbackProcess;
import org.neighbourhoodportal.support.ViewTest;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;

/** The feedback pages as people use them, without a browser. */
class FeedbackViewsTests extends ViewTest {

    @Autowired Clock clock;

    @Test
    void a_ppg_representative_sends_feedback_from_the_form_and_lands_on_its_page() {
        signIn.as(PPG_REP);
        navigate("feedback/new");

        pick(field("ppgId", ComboBox.class), 0);
        pickValue(field("theme", ComboBox.class), "appointments");
        field("summary", TextField.class).setValue("Hearing loop broken at reception");
        field("patientsSaid", TextArea.class).setValue("Two members with hearing aids could not follow.");
        field("mayContact", Checkbox.class).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("send-feedback")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).matches("feedback/\\d+");
        assertThat(_get(H2.class).getText()).isEqualTo("Feedback from Market Harborough Medical Centre PPG");
        assertThat(_get(Paragraph.class, spec -> spec.withId("record-now")).getText())
                .isEqualTo("Waiting for: Acknowledge the feedback.");
    }

    @Test
    void a_form_with_missing_answers_is_refused_with_each_problem_marked_and_nothing_sent() {
        signIn.as(PPG_REP);
        navigate("feedback/new");
        field("summary", TextField.class).setValue("Only a summary");
        _click(_get(Button.class, spec -> spec.withId("send-feedback")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("feedback/new");
        assertThat(field("patientsSaid", TextArea.class).isInvalid()).isTrue();
        assertThat(field("patientsSaid", TextArea.class).getErrorMessage()).isNotBlank();
        assertThat(field("summary", TextField.class).isInvalid()).isFalse();
        assertThat(field("summary", TextField.class).getValue()).isEqualTo("Only a summary");
    }

    @Test
    void the_lead_acknowledges_and_is_offered_the_next_step_on_the_same_item_where_organisations_show_only_when_referring() {
        long id = loop.submitAsPpg("Seats in the waiting room");
        String taskId = loop.requireTask(LEAD, id).id();
        signIn.as(LEAD);
        navigate("tasks/" + taskId);

        assertThat(_get(H2.class, spec -> spec.withId("task-title")).getText()).isEqualTo("Acknowledge the feedback");
        field("acknowledgement", TextArea.class).setValue("Thank you – we will visit.");
        _click(_get(Button.class, spec -> spec.withId("submit-task")));

        // not back to the inbox: the next step on this item is offered on the spot
        WorkItem next = loop.requireTask(LEAD, id);
        assertThat(next.taskKey()).isEqualTo(PpgFeedbackProcess.TASK_ROUTE_FEEDBACK);
        assertThat(_get(H3.class, spec -> spec.withId("next-step-name")).getText()).isEqualTo(next.name());
        assertThat(_get(Div.class, spec -> spec.withId("next-step")).getElement().getTextRecursively())
                .contains("Seats in the waiting room");
        _click(_get(Button.class, spec -> spec.withId("next-step-open")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("tasks/" + next.id());

        assertThat(_find(ComboBox.class, spec -> spec.withId("field-referredOrganisationId"))).isEmpty();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Option> route = field("route", RadioButtonGroup.class);
        route.setValue(route.getListDataView().getItems().filter(o -> o.value().equals("refer")).findFirst().orElseThrow());
        ComboBox<?> organisation = field("referredOrganisationId", ComboBox.class);
        assertThat(organisation.getListDataView().getItems().map(o -> ((Option) o).label()))
                .contains("Voluntary Action South Leicestershire (VASL)", "Harborough District Council")
                .as("organisations with nobody in the portal to pick it up are not offered (the ICB's team has "
                        + "its INT lead, but no member representative)")
                .doesNotContain("LLR ICB – Integration and Transformation");
    }

    @Test
    void the_inbox_lists_the_teams_tasks_and_picking_one_up_moves_it_to_mine() {
        long id = loop.submitAsPpg("Inbox test");
        String taskId = loop.requireTask(LEAD, id).id();
        signIn.as(LEAD);
        navigate("tasks");

        @SuppressWarnings("unchecked")
        Grid<org.neighbourhoodportal.workflow.WorkItem> grid = _get(Grid.class, spec -> spec.withId("task-grid"));
        assertThat(GridKt._size(grid)).isGreaterThan(0);
        assertThat(grid.getLazyDataView().getItems()).anyMatch(t -> t.id().equals(taskId));
        // a lead's tasks are their team's queue: the words say so, and each row offers "Pick up"
        assertThat(_get(Tab.class, spec -> spec.withId("tab-teams")).getLabel()).startsWith("Waiting for my teams (");
        int row = grid.getLazyDataView().getItems().map(WorkItem::id).toList().indexOf(taskId);
        assertThat(((Button) GridKt._getCellComponent(grid, row, "actions")).getText()).isEqualTo("Pick up");

        navigate("tasks/" + taskId);
        _click(_get(Button.class, spec -> spec.withId("claim-task")));
        assertThat(_find(Button.class, spec -> spec.withId("unclaim-task"))).hasSize(1);
    }

    @Test
    void when_nothing_more_on_the_item_is_for_the_person_they_go_back_to_their_tasks() {
        long id = loop.submitAsPpg("Nothing after this");
        loop.completeOk(LEAD, id, Map.of("acknowledgement", "Thank you."));
        loop.completeOk(LEAD, id, Map.of("route", "answer"));
        signIn.as(LEAD);
        navigate("tasks/" + loop.requireTask(LEAD, id).id());
        field("response", TextArea.class).setValue("We fixed it.");
        _click(_get(Button.class, spec -> spec.withId("submit-task")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("tasks");
    }

    @Test
    void a_representative_of_one_ppg_finds_it_already_chosen_on_the_feedback_form() {
        signIn.as(PPG_REP);
        navigate("feedback/new");

        @SuppressWarnings("unchecked")
        ComboBox<Option> ppg = field("ppgId", ComboBox.class);
        assertThat(ppg.getValue()).isNotNull();
        assertThat(ppg.getValue().label()).startsWith("Market Harborough Medical Centre PPG");
    }

    @Test
    void a_ppg_representatives_confirmation_is_theirs_to_answer_not_to_pick_up_and_says_when_the_loop_closes() {
        long id = loop.answered("The self check-in screen is too high");
        WorkItem confirm = loop.requireTask(PPG_REP, id);
        assertThat(confirm.taskKey()).isEqualTo(PpgFeedbackProcess.TASK_CONFIRM_LOOP_CLOSED);
        signIn.as(PPG_REP);

        navigate("tasks");
        assertThat(_get(Tab.class, spec -> spec.withId("tab-teams")).getLabel()).startsWith("Waiting for me (");
        assertThat(_find(Tab.class, spec -> spec.withId("tab-mine"))).as("nothing picked up: no such tab").isEmpty();
        @SuppressWarnings("unchecked")
        Grid<WorkItem> grid = _get(Grid.class, spec -> spec.withId("task-grid"));
        int row = grid.getLazyDataView().getItems().map(WorkItem::id).toList().indexOf(confirm.id());
        assertThat(row).isNotNegative();
        assertThat(((Button) GridKt._getCellComponent(grid, row, "actions")).getText()).isEqualTo("Open");

        navigate("tasks/" + confirm.id());
        assertThat(_find(Button.class, spec -> spec.withId("claim-task"))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("task-assignment")).getElement().getTextRecursively())
                .isEqualTo("This is for you, as your PPG's representative.");
        String closes = Formats.day(PortalTime.after(confirm.created(), Duration.ofDays(28), clock));
        assertThat(_get(Paragraph.class, spec -> spec.withId("confirm-closes-on")).getText())
                .startsWith("Please answer by " + closes + ".").contains("28 days");
    }

    @Test
    void after_a_ppg_reopens_an_item_the_leads_next_tasks_show_why_and_the_old_response_as_not_resolving_it() {
        long id = loop.answered("The hearing loop still whistles");
        loop.completeOk(PPG_REP, id, Map.of("outcome", "reopen", "reopenReason", "It whistles again since Monday."));
        signIn.as(LEAD);

        WorkItem decide = loop.requireTask(LEAD, id);
        assertThat(decide.taskKey()).isEqualTo(PpgFeedbackProcess.TASK_ROUTE_FEEDBACK);
        navigate("tasks/" + decide.id());
        assertThat(_get(Div.class, spec -> spec.withId("feedback-reopen-reason")).getElement().getTextRecursively())
                .contains("Why the PPG reopened it", "It whistles again since Monday.");
        assertThat(_find(H4.class, spec -> spec.withText("You said, we did"))).isEmpty();
        assertThat(_get(H4.class, spec -> spec.withText("The earlier response, which did not resolve it")))
                .isNotNull();

        loop.completeOk(LEAD, id, Map.of("route", "answer"));
        navigate("tasks/" + loop.requireTask(LEAD, id).id());
        assertThat(_get(Div.class, spec -> spec.withId("feedback-reopen-reason")).getElement().getTextRecursively())
                .contains("It whistles again since Monday.");

        loop.completeOk(LEAD, id, Map.of("response", "We replaced the loop amplifier."));
        navigate("feedback/" + id);
        assertThat(_find(Div.class, spec -> spec.withId("feedback-reopen-reason"))).as("answered again").isEmpty();
    }

    @Test
    void a_lead_of_another_int_who_changes_the_id_in_the_address_sees_not_available() {
        long id = loop.submitAsPpg("Private to Harborough");
        signIn.as(THURROCK_LEAD);
        navigate("feedback/" + id);

        assertThat(_get(H2.class).getText()).isEqualTo("Not available");
        assertThat(_find(Paragraph.class, spec -> spec.withText("Seats in the waiting room"))).isEmpty();
    }

    @Test
    void a_ppg_representative_is_offered_sending_feedback_but_not_asking_ppgs() {
        signIn.as(PPG_REP);
        navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .contains("Send feedback").doesNotContain("Ask PPGs for a view");
    }

    @Test
    void a_lead_is_offered_asking_ppgs_but_not_sending_feedback() {
        signIn.as(LEAD);
        navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .contains("Ask PPGs for a view", "My tasks").doesNotContain("Send feedback");
    }

    @Test
    void a_ppg_representative_cannot_open_the_lead_only_page_for_asking_ppgs() {
        signIn.as(PPG_REP);
        assertThatThrownBy(() -> navigate("proposals/new")).isInstanceOf(MockAccessDeniedException.class);
    }

    private static <T extends Component> T field(String key, Class<T> type) {
        return _get(type, spec -> spec.withId("field-" + key));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void pick(ComboBox combo, int index) {
        combo.setValue(combo.getListDataView().getItem(index));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void pickValue(ComboBox combo, String value) {
        Object option = combo.getListDataView().getItems()
                .filter(o -> ((Option) o).value().equals(value)).findFirst().orElseThrow();
        combo.setValue(option);
    }

}
