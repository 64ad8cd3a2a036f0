package org.neighbourhoodportal.workplan.excel;

import org.neighbourhoodportal.spreadsheets.WorkbookReader;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.ViewTest;
import org.neighbourhoodportal.workplan.ActionRow;
import org.neighbourhoodportal.workplan.ActionStatus;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.ActionRiskService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The plan's Excel page as people use it, without a browser. */
@TestPropertySource(properties = ExcelTest.OWN_CONTEXT)
class ExcelViewTests extends ViewTest {

    @Autowired RunAs runAs;
    @Autowired WorkplanService workplan;
    @Autowired ActionRiskService actionRiskService;
    @Autowired PriorityService priorityService;
    @Autowired WorkplanExcelService excel;

    private ExcelFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ExcelFixture(runAs, workplan, priorityService, actionRiskService, excel);
    }

    @Test
    void the_lead_sees_a_download_link_and_an_upload_for_xlsx_files() {
        signIn.as(LEAD);
        navigate("workplan/" + fixture.harboroughPlan() + "/excel");

        Anchor download = _get(Anchor.class, spec -> spec.withId("download-excel"));
        assertThat(download.getElement().getTextRecursively()).contains("Download the plan as Excel");
        assertThat(download.getHref()).isNotBlank();
        assertThat(download.getElement().hasAttribute("download")).isTrue();
        Upload upload = _get(Upload.class, spec -> spec.withId("excel-upload"));
        assertThat(upload.getAcceptedFileTypes()).contains(".xlsx");
        assertThat(upload.getMaxFileSize()).isEqualTo(10 * 1024 * 1024);
        assertThat(upload.getMaxFiles()).isEqualTo(1);
    }

    @Test
    void a_member_can_download_and_is_told_only_the_lead_can_bring_changes_back() {
        signIn.as(MEMBER);
        navigate("workplan/" + fixture.harboroughPlan() + "/excel");

        assertThat(_find(Anchor.class, spec -> spec.withId("download-excel"))).hasSize(1);
        assertThat(_find(Upload.class)).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withText("Only the INT lead can bring changes back from "
                + "Excel. Change your own actions on the plan's pages."))).hasSize(1);
    }

    @Test
    void the_lead_of_another_int_is_told_the_plan_is_not_available() {
        long harborough = fixture.harboroughPlan();
        signIn.as(THURROCK_LEAD);
        navigate("workplan/" + harborough + "/excel");

        assertThat(_get(H2.class).getText()).isEqualTo("Not available");
        assertThat(_find(Anchor.class, spec -> spec.withId("download-excel"))).isEmpty();
    }

    @Test
    void the_lead_uploads_a_changed_workbook_sees_the_change_and_applies_it() {
        long planId = fixture.freshPlan();
        ActionRow cafe = fixture.action(planId, "Carers' café at the library");
        byte[] edited = Workbooks.edit(fixture.export(LEAD, planId), workbook ->
                Workbooks.set(workbook.getSheet("Actions"), cafe.id(), "Status", "Blocked"));
        signIn.as(LEAD);
        navigate("workplan/" + planId + "/excel");

        upload(edited);

        assertThat(text("preview-summary")).isEqualTo("1 change, 0 additions, 4 rows left as they are.");
        Grid<?> changes = _get(Grid.class, spec -> spec.withId("preview-changes"));
        assertThat(GridKt._size(changes)).isEqualTo(1);
        assertThat(GridKt._getFormatted(changes, 0, "item")).isEqualTo("Carers' café at the library");
        assertThat(GridKt._getFormatted(changes, 0, "field")).isEqualTo("Status");
        assertThat(GridKt._getFormatted(changes, 0, "before")).isEqualTo("Not started");
        assertThat(GridKt._getFormatted(changes, 0, "after")).isEqualTo("Blocked");
        assertThat(fixture.action(planId, cafe.title()).status()).isEqualTo(ActionStatus.NOT_STARTED);

        _click(_get(Button.class, spec -> spec.withId("apply-excel")));

        assertThat(text("excel-message")).isEqualTo("Saved 1 change and 0 additions. The plan's pages show them "
                + "now.");
        assertThat(_find(Grid.class, spec -> spec.withId("preview-changes"))).isEmpty();
        assertThat(fixture.action(planId, cafe.title()).status()).isEqualTo(ActionStatus.BLOCKED);
    }

    @Test
    void cancelling_the_preview_saves_nothing() {
        long planId = fixture.freshPlan();
        ActionRow cafe = fixture.action(planId, "Carers' café at the library");
        byte[] edited = Workbooks.edit(fixture.export(LEAD, planId), workbook ->
                Workbooks.set(workbook.getSheet("Actions"), cafe.id(), "Action", "Carers' café at the town library"));
        signIn.as(LEAD);
        navigate("workplan/" + planId + "/excel");
        upload(edited);

        _click(_get(Button.class, spec -> spec.withId("cancel-excel")));

        assertThat(text("excel-message")).isEqualTo("Nothing was saved.");
        assertThat(fixture.action(planId, cafe.title())).isEqualTo(cafe);
    }

    @Test
    void a_file_with_problems_lists_them_and_cannot_be_applied() {
        long planId = fixture.freshPlan();
        ActionRow cafe = fixture.action(planId, "Carers' café at the library");
        byte[] edited = Workbooks.edit(fixture.export(LEAD, planId), workbook ->
                Workbooks.set(workbook.getSheet("Actions"), cafe.id(), "Due", "the 40th of March"));
        signIn.as(LEAD);
        navigate("workplan/" + planId + "/excel");

        upload(edited);

        assertThat(text("preview-summary")).isEqualTo("1 problem to fix before anything can be saved.");
        Grid<?> problems = _get(Grid.class, spec -> spec.withId("preview-problems"));
        assertThat(GridKt._getFormatted(problems, 0, "sheet")).isEqualTo("Actions");
        assertThat(GridKt._getFormatted(problems, 0, "row")).isEqualTo("4");
        assertThat(GridKt._getFormatted(problems, 0, "column")).isEqualTo("Due");
        assertThat(GridKt._getFormatted(problems, 0, "message"))
                .isEqualTo("“the 40th of March” is not a date. Enter a date such as 31 Mar 2027.");
        assertThat(_get(Button.class, spec -> spec.withId("apply-excel")).isEnabled()).isFalse();
    }

    @Test
    void an_upload_that_is_not_a_workbook_gets_a_plain_message_and_no_preview() {
        signIn.as(LEAD);
        navigate("workplan/" + fixture.harboroughPlan() + "/excel");

        upload("This is a text file".getBytes(StandardCharsets.UTF_8));

        assertThat(text("excel-message")).isEqualTo(WorkbookReader.NOT_A_WORKBOOK);
        assertThat(_find(Button.class, spec -> spec.withId("apply-excel"))).isEmpty();
    }

    @Test
    void an_unchanged_file_says_there_is_nothing_to_change() {
        long planId = fixture.harboroughPlan();
        byte[] exported = fixture.export(LEAD, planId);
        signIn.as(LEAD);
        navigate("workplan/" + planId + "/excel");

        upload(exported);

        assertThat(text("preview-summary")).isEqualTo("This file matches the plan: there is nothing to change.");
        assertThat(_get(Button.class, spec -> spec.withId("apply-excel")).isEnabled()).isFalse();
    }

    private void upload(byte[] file) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("excel-upload")), "plan.xlsx",
                WorkplanExcelService.CONTENT_TYPE, file);
        MockVaadin.clientRoundtrip(); // the preview is shown through UI.access, as after a real upload
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }
}
