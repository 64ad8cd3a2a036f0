package org.neighbourhoodportal.workplan.excel;

import org.neighbourhoodportal.spreadsheets.WorkbookReader;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import jakarta.servlet.MultipartConfigElement;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.ViewTest;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.ActionRiskService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The upload limit is stated in one place: set {@code portal.uploads.max-file-size} to 3 MB and the page says 3 MB,
 * the browser's check, the portal's reader and the container's multipart limits all follow, and a file one byte over
 * is refused in the portal's words while one of exactly 3 MB is read.
 */
@TestPropertySource(properties = "portal.uploads.max-file-size=3MB")
class UploadLimitViewTests extends ViewTest {

    private static final int LIMIT = 3 * 1024 * 1024;

    @Autowired RunAs runAs;
    @Autowired WorkplanService workplan;
    @Autowired ActionRiskService actionRiskService;
    @Autowired PriorityService priorityService;
    @Autowired WorkplanExcelService excel;
    @Autowired MultipartConfigElement multipart;

    @Test
    void the_page_the_browser_check_the_reader_and_the_container_all_follow_the_one_configured_limit() {
        signIn.as(LEAD);
        navigate("workplan/" + new ExcelFixture(runAs, workplan, priorityService, actionRiskService, excel).harboroughPlan() + "/excel");

        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).endsWith("The portal takes an Excel workbook (.xlsx) of up to "
                        + "3 MB."));
        Upload upload = _get(Upload.class, spec -> spec.withId("excel-upload"));
        assertThat(upload.getMaxFileSize()).isEqualTo(LIMIT);
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo(excel.tooLarge())
                .startsWith("The file is larger than 3 MB, the most the portal takes.");
        assertThat(multipart.getMaxFileSize()).as("the container lets a file just over through to the portal")
                .isEqualTo(2L * LIMIT);
        assertThat(multipart.getMaxRequestSize()).isEqualTo(2L * LIMIT);

        // one byte over: the portal's own words, not the container's "Upload forbidden"
        upload(upload, new byte[LIMIT + 1]);
        assertThat(_get(Paragraph.class, spec -> spec.withId("excel-message")).getText()).isEqualTo(excel.tooLarge());

        // exactly at the limit: taken and read (these zeros are no workbook, which the reader then says)
        upload(upload, new byte[LIMIT]);
        assertThat(_get(Paragraph.class, spec -> spec.withId("excel-message")).getText())
                .isEqualTo(WorkbookReader.NOT_A_WORKBOOK);
    }

    private static void upload(Upload upload, byte[] file) {
        UploadKt._upload(upload, "plan.xlsx", WorkplanExcelService.CONTENT_TYPE, file);
        MockVaadin.clientRoundtrip();
    }
}
