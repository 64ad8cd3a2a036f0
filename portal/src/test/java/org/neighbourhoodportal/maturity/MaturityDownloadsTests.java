package org.neighbourhoodportal.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ICB_MANAGER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The Excel matrix for the ICB and the Word summary of one assessment: what they say, A4, and who may have them. */
@PortalTest
class MaturityDownloadsTests {

    @Autowired ApplicationContext context;
    @Autowired RunAs runAs;
    @Autowired MaturityDownloads downloads;

    @Test
    void the_icb_matrix_lists_the_icbs_ints_in_name_order_with_stages_in_words_and_prints_on_a4() throws Exception {
        MaturityFixture m = MaturityFixture.of(context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runAs.person(ICB_MANAGER, () -> {
            try {
                downloads.icbMatrix(m.icb(), out);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        keep("icb-matrix.xlsx", out.toByteArray());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Leadership, planning and partnerships");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("Thurrock INT 1");
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).startsWith("Thurrock INT 4");
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFitToPage()).isTrue();
            StringBuilder all = new StringBuilder();
            sheet.forEach(r -> r.forEach(c -> all.append(c.toString()).append(' ')));
            assertThat(all.toString()).doesNotContain("Harborough").doesNotContainIgnoringCase("rank")
                    .doesNotContainIgnoringCase("total");
        }
        assertThatThrownBy(() -> runAs.person(LEAD, () -> {
            try {
                downloads.icbMatrix(m.icb(), new ByteArrayOutputStream());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        })).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void the_word_summary_names_the_team_the_framework_and_each_domain() throws Exception {
        MaturityFixture m = MaturityFixture.of(context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runAs.person(ICB_MANAGER, () -> {
            try {
                downloads.summary(m.thurrock(), out);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        keep("assessment-summary.docx", out.toByteArray());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("Thurrock INT 4", "PCN Maturity Matrix", "Managing resources",
                    "Support the team needs");
        }
    }

    private static void keep(String name, byte[] bytes) throws java.io.IOException {
        Path dir = Path.of("target", "maturity-downloads");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
    }
}
