package org.neighbourhoodportal.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The pipeline's Excel download, read back: the bids the person may see and the totals by fund. */
@PortalTest
class FundingPipelineTests {

    @Autowired RunAs runAs;
    @Autowired FundingService funding;
    @Autowired CurrentUser currentUser;
    @Autowired Clock clock;

    @Test
    void the_download_lists_the_bids_the_person_may_see_with_amounts_dates_and_totals_by_fund() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long harborough = runAs.person(LEAD, () -> currentUser.require().ledTeams().iterator().next());
        Map<String, Object> values = new HashMap<>(Map.of("teamId", Long.toString(harborough),
                "title", "Social prescribing link workers", "funder", "National Lottery Community Fund",
                "fund", "Reaching Communities", "amountSought", 125000L, "deadline", today.plusDays(60),
                "interestClosesOn", today.plusDays(10)));
        assertThat(runAs.person(LEAD, () -> funding.logOpportunity(values)).errors()).isEmpty();

        byte[] workbook = export(LEAD);
        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "funding-pipeline-test.xlsx"), workbook);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet bids = book.getSheet(PipelineWorkbook.BIDS_SHEET);
            assertThat(bids.getRow(0).getCell(0).getStringCellValue()).isEqualTo("INT");
            Row row = find(bids, "Social prescribing link workers");
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Harborough INT");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Reaching Communities");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Expressions of interest");
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(125000);
            assertThat(row.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(today.plusDays(60));
            Row total = find(book.getSheet(PipelineWorkbook.FUNDS_SHEET), "Harborough INT", "Reaching Communities");
            assertThat(total.getCell(3).getNumericCellValue()).isGreaterThanOrEqualTo(125000);
        }
        try (XSSFWorkbook other = new XSSFWorkbook(new ByteArrayInputStream(export(THURROCK_LEAD)))) {
            Sheet bids = other.getSheet(PipelineWorkbook.BIDS_SHEET);
            for (Row row : bids) {
                assertThat(row.getCell(1).getStringCellValue()).isNotEqualTo("Social prescribing link workers");
            }
        }
    }

    private byte[] export(String person) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runAs.person(person, () -> funding.exportPipeline(out));
        return out.toByteArray();
    }

    private static Row find(Sheet sheet, String... cells) {
        for (Row row : sheet) {
            boolean all = true;
            for (int i = 0; i < cells.length; i++) {
                String want = cells[i];
                int column = cells.length == 1 ? 1 : i;
                all &= row.getCell(column) != null && want.equals(row.getCell(column).getStringCellValue());
            }
            if (all) {
                return row;
            }
        }
        throw new AssertionError("No row for " + String.join(", ", cells));
    }
}
