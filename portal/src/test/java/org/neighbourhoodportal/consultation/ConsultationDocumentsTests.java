package org.neighbourhoodportal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;

/** The Excel of every response and the Word outcome report, read back as a reader's software would. */
@PortalTest
class ConsultationDocumentsTests {

    @Autowired RunAs runAs;
    @Autowired ConsultationService consultations;
    @Autowired ConsultationDocuments documents;
    @Autowired ConsultationDriver drive;
    @Autowired WorkflowService workflow;

    @Test
    void the_workbook_has_a_row_per_response_and_a_column_per_question_and_the_report_says_you_said_we_did()
            throws Exception {
        long id = drive.launched("Health and Wellbeing Strategy");
        drive.respond(MEMBER, id, "Agree", "=Carers of people with dementia.");
        drive.respond(PPG_REP, id, "Strongly agree", "Transport to appointments in rural villages.");
        drive.closeAtTheDeadline(id);

        byte[] xlsx = runAs.person(LEAD, () -> documents.responsesWorkbook(id));
        save("responses.xlsx", xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheet("Responses");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            List<String> head = texts(sheet.getRow(0));
            assertThat(head).hasSize(4 + 5);
            assertThat(head.subList(0, 4)).containsExactly("Organisation or PPG", "Sector", "Sent by", "Sent on");
            assertThat(head.get(4)).isEqualTo("1. The strategy's priorities are the right ones.");
            Map<String, List<String>> byParty = Set.of(1, 2).stream().map(sheet::getRow)
                    .collect(Collectors.toMap(r -> r.getCell(0).getStringCellValue(), ConsultationDocumentsTests::texts));
            List<String> vasl = byParty.get("Voluntary Action South Leicestershire (VASL)");
            assertThat(vasl.get(1)).isEqualTo("Voluntary, community and social enterprise");
            assertThat(vasl.get(2)).isEqualTo("Priya Shah");
            assertThat(vasl.subList(4, 9)).containsExactly("Agree", "Mental wellbeing",
                    "Social prescribing\nVolunteering", "Access\nPrevention\nJoined-up care",
                    "=Carers of people with dementia.");
            assertThat(sheet.getRow(1).getCell(8).getCellStyle().getQuotePrefixed()
                    || sheet.getRow(2).getCell(8).getCellStyle().getQuotePrefixed())
                    .as("an answer starting with = stays text").isTrue();
            assertThat(byParty.get("Market Harborough Medical Centre PPG").get(1)).isEqualTo("Patient participation group");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
        assertThatThrownBy(() -> runAs.person(MEMBER, () -> documents.responsesWorkbook(id)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> runAs.person(PPG_REP, () -> documents.outcomeReport(id)))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("not been published");

        Set<Long> both = runAs.person(LEAD, () -> consultations.results(id)).responses().stream()
                .map(ConsultationResults.ResponseRow::responseId).collect(Collectors.toSet());
        runAs.person(LEAD, () -> consultations.addTheme(id, new ThemeDraft("Carers and transport",
                "Respondents asked for carers and rural transport to be named.",
                "We added a carers' action and asked the council to fund a community transport pilot.", both)));
        runAs.person(LEAD, () -> workflow.complete(drive.task(LEAD, id).id(),
                Map.of("outcomeSummary", "You said the strategy missed carers and transport; we added both.")));
        drive.runPublishing(id);

        byte[] docx = runAs.person(PPG_REP, () -> documents.outcomeReport(id));
        save("outcome.docx", docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs.get(0)).isEqualTo("Consultation outcome: Health and Wellbeing Strategy");
            assertThat(doc.getParagraphs().get(0).getStyle()).isEqualTo("Heading1");
            assertThat(paragraphs).contains("You said, we did", "Carers and transport",
                    "We did: We added a carers' action and asked the council to fund a community transport pilot.",
                    "Who responded", "Market Harborough Medical Centre PPG",
                    "Voluntary Action South Leicestershire (VASL)");
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            texts.add(row.getCell(i) == null ? "" : row.getCell(i).getStringCellValue());
        }
        return texts;
    }

    /** Kept for a person to open, convert to PDF and look at (target/consultation-documents). */
    private static void save(String name, byte[] content) throws Exception {
        Path dir = Path.of("target", "consultation-documents");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), content);
    }
}
