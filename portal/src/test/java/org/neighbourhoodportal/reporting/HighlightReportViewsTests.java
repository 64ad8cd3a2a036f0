package org.neighbourhoodportal.reporting;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.COUNCIL_MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.reporting.MovableClock.demoPlanMonth;
import static org.neighbourhoodportal.reporting.ReportRun.HARBOROUGH;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.YearMonth;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.processes.MonthlyHighlightReport;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.ViewTest;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The report pages as people use them, without a browser, each test in a month of its own. */
@Import(MovableClock.Configuration.class)
class HighlightReportViewsTests extends ViewTest {

    @Autowired RunAs runAs;
    @Autowired HighlightReportService reports;
    @Autowired ReportStartService reportStarts;
    @Autowired WorkflowService workflow;
    @Autowired WorkplanService workplan;
    @Autowired PriorityService priorityService;
    @Autowired DirectoryService directory;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired MovableClock clock;

    private ReportRun run;

    @BeforeEach
    void setUp() {
        run = new ReportRun(runAs, workflow, reports, reportStarts, priorityService, directory, runtime, management);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_lead_starts_this_months_report_from_the_reports_page_and_lands_on_it() {
        YearMonth month = demoPlanMonth(8);
        clock.startOf(month);
        signIn.as(LEAD);
        navigate("reports");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Highlight reports");

        _click(_get(Button.class, spec -> spec.withId("start-report-" + run.teamId(HARBOROUGH))));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).matches("reports/\\d+");
        assertThat(_get(H2.class, spec -> spec.withId("record-title")).getText())
                .isEqualTo("Highlight report: Harborough INT – " + HighlightReportService.periodLabel(month));
        assertThat(_get(Paragraph.class, spec -> spec.withId("record-now")).getText())
                .isEqualTo("Waiting for: Update your priority for the highlight report.");
        assertThat(_find(Anchor.class, spec -> spec.withId("download-docx"))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("report-priorities")).getElement().getTextRecursively())
                .contains("Mental health initiatives", "Asked of Priya Shah", "Waiting for the update",
                        "An Admiral Nurse for Harborough", "Complete – not asked");

        navigate("reports");
        assertThat(_find(Button.class, spec -> spec.withId("start-report-" + run.teamId(HARBOROUGH)))).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<ReportRow> grid = _get(Grid.class, spec -> spec.withId("report-grid"));
        assertThat(GridKt._size(grid)).isPositive();
        assertThat(GridKt._fetch(grid, 0, GridKt._size(grid))).extracting(ReportRow::period).contains(month);
    }

    @Test
    void an_owner_updates_their_priority_on_the_task_page_with_the_priority_shown_beside_the_form() {
        clock.startOf(demoPlanMonth(9));
        long id = run.start(LEAD, HARBOROUGH);
        WorkItem task = run.updateFor(MEMBER, id, "Mental health initiatives");
        signIn.as(MEMBER);
        navigate("tasks/" + task.id());

        assertThat(_get(H2.class, spec -> spec.withId("task-title")).getText())
                .isEqualTo("Update your priority for the highlight report: Mental health initiatives");
        Div request = _get(Div.class, spec -> spec.withId("update-request"));
        assertThat(inside(request, H3.class).getText()).isEqualTo("Mental health initiatives");
        assertThat(request.getElement().getTextRecursively()).contains("Status in the work plan now",
                "Latest updates in the work plan");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Option> rag = _get(RadioButtonGroup.class, spec -> spec.withId("field-rag"));
        assertThat(rag.getValue()).as("starts from the priority's status").isNotNull();
        rag.setValue(rag.getListDataView().getItems().filter(o -> o.value().equals("green")).findFirst()
                .orElseThrow());
        _get(TextArea.class, spec -> spec.withId("field-progress")).setValue("Coffee Bus in three villages.");
        _get(TextArea.class, spec -> spec.withId("field-nextMonth")).setValue("Men's mental health evening.");
        _click(_get(Button.class, spec -> spec.withId("submit-task")));

        // the member owns more than one priority in this report: the next update is offered on the spot
        WorkItem next = run.updates(MEMBER, id).get(0);
        assertThat(next.id()).isNotEqualTo(task.id());
        assertThat(_get(H3.class, spec -> spec.withId("next-step-name")).getText()).isEqualTo(next.name());
        assertThat(runAs.person(LEAD, () -> reports.details(id)).priorities())
                .filteredOn(p -> p.title().equals("Mental health initiatives")).singleElement()
                .satisfies(p -> assertThat(p.progress()).isEqualTo("Coffee Bus in three villages."));
    }

    @Test
    void a_member_reads_the_published_report_with_its_sections_and_downloads_for_word_and_excel() {
        YearMonth month = demoPlanMonth(10);
        clock.startOf(month);
        long id = run.start(LEAD, HARBOROUGH);
        run.updateAll(LEAD, id);
        run.updateAll(MEMBER, id);
        run.updateAll(COUNCIL_MEMBER, id);
        run.compileAsDrafted(LEAD, id);
        run.approve(LEAD, id);
        signIn.as(MEMBER);

        navigate("reports");
        @SuppressWarnings("unchecked")
        Grid<ReportRow> grid = _get(Grid.class, spec -> spec.withId("report-grid"));
        assertThat(GridKt._fetch(grid, 0, GridKt._size(grid))).filteredOn(r -> r.id() == id).singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(ReportStatus.PUBLISHED);
                    assertThat(r.updated()).isEqualTo(6);
                    assertThat(r.asked()).isEqualTo(6);
                });
        assertThat(_find(Button.class, spec -> spec.withId("start-report-" + run.teamId(HARBOROUGH)))).isEmpty();

        navigate("reports/" + id);
        assertThat(_get(Paragraph.class, spec -> spec.withId("record-now")).getText()).startsWith("Published on ");
        Anchor word = _get(Anchor.class, spec -> spec.withId("download-docx"));
        Anchor excel = _get(Anchor.class, spec -> spec.withId("download-xlsx"));
        assertThat(word.getHref()).isNotBlank();
        assertThat(word.getElement().getTextRecursively()).contains("Download for Word (.docx)");
        assertThat(excel.getHref()).isNotBlank().isNotEqualTo(word.getHref());
        Div sections = _get(Div.class, spec -> spec.withId("report-sections"));
        assertThat(allInside(sections, H4.class)).extracting(H4::getText).containsExactly("Priorities, as reported",
                "Outcomes", "Key activities completed last month", "Key activities for next month",
                "Learning to share", "Requests for help or support", "Issues and risks",
                "Updates not received in time");
        assertThat(_get(Div.class, spec -> spec.withId("record-timeline")).getElement().getTextRecursively())
                .contains("Report started", "Updates closed", "Published");
    }

    @Test
    void a_member_who_opens_a_draft_by_its_address_sees_not_available() {
        clock.startOf(demoPlanMonth(11));
        long id = run.start(LEAD, HARBOROUGH);
        signIn.as(MEMBER);

        navigate("reports/" + id);

        assertThat(_get(H2.class).getText()).isEqualTo("Not available");
        assertThat(_find(Component.class, spec -> spec.withId("report-priorities"))).isEmpty();
    }

    private static <T extends Component> T inside(Component parent, Class<T> type) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._get(parent, type);
    }

    private static <T extends Component> java.util.List<T> allInside(Component parent, Class<T> type) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(parent, type);
    }
}
