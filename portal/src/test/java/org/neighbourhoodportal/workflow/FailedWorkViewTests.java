package org.neighbourhoodportal.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.reporting.HighlightReportService;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.ViewTest;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The administrators' page "Work that failed", without a browser, on the monthly run where one INT fails. */
@TestPropertySource(properties = "portal.test.context=failed-work")
class FailedWorkViewTests extends ViewTest {

    @Autowired RunAs runAs;
    @Autowired WorkplanService workplan;
    @Autowired DirectoryService directory;
    @Autowired HighlightReportService reports;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

    @Test
    void a_failed_job_is_told_in_plain_english_and_retry_makes_it_run_once_the_cause_is_fixed() {
        FailingMonthlyRun run = new FailingMonthlyRun(2, runAs, workplan, directory, reports, runtime, management);
        String failedJob = run.startAndFailThurrock();
        Div card = openAsAdministrator(failedJob);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Work that failed");
        assertThat(_get(card, H3.class).getText()).isEqualTo("Start the INT's report");
        assertThat(texts(card)).contains(
                "Part of: Monthly highlight report schedule",
                "Tries left: None: it waits for you to retry or cancel it.")
                .anySatisfy(t -> assertThat(t).isEqualTo("For: " + org.neighbourhoodportal.reporting.ReportRun.THURROCK))
                .anySatisfy(t -> assertThat(t).startsWith("What went wrong: ").contains("has no work plan for"))
                .anySatisfy(t -> assertThat(t).startsWith("Last failed: "));
        assertThat(String.join(" ", texts(card))).doesNotContainIgnoringCase("job").doesNotContainIgnoringCase("incident")
                .doesNotContain("Task_").doesNotContain("Exception");

        run.fixThurrock();
        _click(_get(card, Button.class, spec -> spec.withText("Retry now")));
        run.runAsTheExecutorWould(run.single());

        assertThat(run.hasReport(THURROCK_LEAD, run.thurrock)).as("Thurrock's report started").isTrue();
        newTab();
        signIn.as(ADMINISTRATOR);
        navigate("failed-work");
        assertThat(_find(Div.class, spec -> spec.withId("failed-" + failedJob))).isEmpty();
    }

    @Test
    void cancel_asks_first_then_the_work_is_gone_for_good() {
        FailingMonthlyRun run = new FailingMonthlyRun(4, runAs, workplan, directory, reports, runtime, management);
        String failedJob = run.startAndFailThurrock();
        Div card = openAsAdministrator(failedJob);

        _click(_get(card, Button.class, spec -> spec.withText("Cancel it…")));
        assertThat(run.jobs()).as("nothing happens before the second click").hasSize(1);
        _click(_get(card, Button.class, spec -> spec.withText("Yes, cancel it")));

        assertThat(run.jobs()).isEmpty();
        assertThat(run.isRunning()).isFalse();
        assertThat(_find(Div.class, spec -> spec.withId("failed-" + failedJob))).isEmpty();
    }

    @Test
    void people_other_than_administrators_neither_see_the_page_in_the_menu_nor_open_it() {
        signIn.as(LEAD);
        navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Work that failed");

        assertThatThrownBy(() -> navigate("failed-work")).as("the route refuses the lead")
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(Div.class, spec -> spec.withId("failed-work"))).as("the page's list is not shown").isEmpty();
    }

    /** Opens the page as an administrator; the failed work's card. */
    private Div openAsAdministrator(String failedJob) {
        signIn.as(ADMINISTRATOR);
        navigate("failed-work");
        return _get(Div.class, spec -> spec.withId("failed-" + failedJob));
    }

    private static java.util.List<String> texts(Div card) {
        return _find(card, Paragraph.class).stream().map(p -> p.getElement().getTextRecursively()).toList();
    }
}
