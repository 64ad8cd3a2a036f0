package org.neighbourhoodportal.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.accounts.InvitationService;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import org.neighbourhoodportal.directory.AdminRecords.PersonRow;
import org.neighbourhoodportal.directory.AuditTrail;
import org.neighbourhoodportal.directory.DirectoryAdministration;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.directory.Role;
import org.neighbourhoodportal.directory.Sector;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.spreadsheets.ExcelImportException;
import org.neighbourhoodportal.spreadsheets.HostileWorkbooks;
import org.neighbourhoodportal.spreadsheets.LibreOffice;
import org.neighbourhoodportal.spreadsheets.RowProblem;
import org.neighbourhoodportal.spreadsheets.WorkbookReader;
import org.neighbourhoodportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9's bulk start: an administrator brings an INT's organisations and people in from a spreadsheet, sees every
 * problem by row before anything is saved, and applies it all or nothing; the shared reader's guards refuse hostile
 * files here as they do for the work plan.
 */
@PortalTest
class DirectoryImportTests {

    @Autowired DirectoryImportService imports;
    @Autowired DirectoryAdministration administration;
    @Autowired AuditTrail audit;
    @Autowired RunAs runAs;
    @Autowired JdbcClient jdbc;
    @MockitoSpyBean InvitationService invitations;

    private String tag;
    private long teamId;

    @BeforeEach
    void anEmptyInt() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        teamId = runAs.person(ADMINISTRATOR, () -> {
            long icb = administration.saveIcb(null, "Import ICB " + tag, null);
            return administration.saveTeam(null, icb, "Import INT " + tag, null, null);
        });
    }

    private String surgery() {
        return "Brook Surgery " + tag;
    }

    private String council() {
        return "Brook Council " + tag;
    }

    private String email(String who) {
        return who + "." + tag + "@example.nhs.uk";
    }

    private List<String[]> organisations() {
        return List.of(new String[]{surgery(), "General practice", null},
                new String[]{council(), "local authority", null});
    }

    private List<String[]> people() {
        return List.of(new String[]{email("ana"), "Ana Reyes", "Practice manager", surgery(), "Member", "Yes"},
                new String[]{email("ben"), "Ben Okafor", "Lead", council(), "INT lead", "Yes"},
                new String[]{email("cal"), "Cal Jones", null, surgery(), null, null});
    }

    @Test
    void the_preview_lists_what_would_be_added_and_saves_nothing() {
        DirectoryImportPreview preview = preview(ImportWorkbooks.poi(organisations(), people()));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.lines()).extracting(DirectoryImportPreview.Line::sheet, DirectoryImportPreview.Line::row)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Organisations", 2),
                        org.assertj.core.groups.Tuple.tuple("Organisations", 3),
                        org.assertj.core.groups.Tuple.tuple("People", 2), org.assertj.core.groups.Tuple.tuple("People", 3),
                        org.assertj.core.groups.Tuple.tuple("People", 4));
        assertThat(preview.lines().get(1).whatHappens()).isEqualTo("Add, Local authority, as a member of Import INT "
                + tag);
        assertThat(preview.lines().get(2).whatHappens()).isEqualTo("Add, Practice manager, of " + surgery()
                + ", as Member of Import INT " + tag + ", signing for " + surgery());
        assertThat(preview.newPeople()).isEqualTo(3);
        assertThat(preview.canApply()).isTrue();
        assertThat(runAs.person(ADMINISTRATOR, () -> administration.peopleByEmail(List.of(email("ana"))))).isEmpty();
        assertThat(runAs.person(ADMINISTRATOR, () -> administration.memberOrganisations(teamId))).isEmpty();
    }

    @Test
    void problems_are_reported_by_sheet_row_and_column_and_block_the_whole_file() {
        List<String[]> organisations = List.of(new String[]{surgery(), "General practice", "C8"},
                new String[]{council(), "Pharmacy", null},
                new String[]{null, "Other", null});
        List<String[]> people = List.of(new String[]{"ana at example", "Ana Reyes", null, surgery(), "Member", null},
                new String[]{email("ben"), "Ben Okafor", null, council(), "Chair", null},
                new String[]{email("ben"), "Ben Again", null, null, null, null},
                new String[]{email("cal"), null, null, "Nowhere Ltd", null, "Yes"});
        DirectoryImportPreview preview = preview(ImportWorkbooks.poi(organisations, people));
        assertThat(preview.canApply()).isFalse();
        assertThat(preview.problems()).extracting(RowProblem::sheet, RowProblem::row, RowProblem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Organisations", 2, "ODS code"),
                        org.assertj.core.groups.Tuple.tuple("Organisations", 3, "Sector"),
                        org.assertj.core.groups.Tuple.tuple("Organisations", 4, "Organisation"),
                        org.assertj.core.groups.Tuple.tuple("People", 2, "E-mail address"),
                        org.assertj.core.groups.Tuple.tuple("People", 3, "Role in the INT"),
                        org.assertj.core.groups.Tuple.tuple("People", 4, "E-mail address"),
                        org.assertj.core.groups.Tuple.tuple("People", 5, "Name"),
                        org.assertj.core.groups.Tuple.tuple("People", 5, "Organisation"),
                        org.assertj.core.groups.Tuple.tuple("People", 5, "Signs for the organisation"));
        assertThat(preview.problems().get(1).message()).startsWith("“Pharmacy” is not a sector the portal knows.");
        assertThat(preview.problems().get(3).message()).isEqualTo("“ana at example” is not an e-mail address. Enter "
                + "an e-mail address such as name@example.nhs.uk.");
        assertThat(preview.problems().get(5).message()).isEqualTo(email("ben") + " is also on row 3; list each "
                + "person once, with an e-mail address of their own.");
        assertThat(preview.summary()).isEqualTo("9 problems to fix before anything can be saved.");
        assertThatThrownBy(() -> runAs.person(ADMINISTRATOR, () -> imports.apply(preview, false)))
                .isInstanceOf(ExcelImportException.class).hasMessage(DirectoryImportService.HAS_PROBLEMS);
    }

    @Test
    void a_missing_column_is_named_for_the_whole_file() {
        byte[] file = ImportWorkbooks.poi(List.of(), List.of());
        byte[] renamed = edit(file, workbook -> workbook.getSheet("People").getRow(0).getCell(0)
                .setCellValue("Email"));
        assertThat(refused(renamed)).isEqualTo("The People sheet is missing the column “E-mail address”. Keep the "
                + "headings in the first row as they are in the template, or download the template again.");
    }

    @Test
    void apply_saves_organisations_people_roles_and_signatories_with_an_audit_trail_and_invitations() {
        DirectoryImportPreview preview = preview(ImportWorkbooks.poi(organisations(), people()));
        String saved = runAs.person(ADMINISTRATOR, () -> imports.apply(preview, true));
        assertThat(saved).isEqualTo("Saved 5 things in Import INT " + tag + ". 3 people have been sent an "
                + "invitation by e-mail.");
        runAs.person(ADMINISTRATOR, () -> {
            var members = administration.memberOrganisations(teamId);
            assertThat(members).extracting(m -> m.name()).containsExactlyInAnyOrder(surgery(), council());
            long surgeryId = members.stream().filter(m -> m.name().equals(surgery())).findFirst().orElseThrow()
                    .organisationId();
            assertThat(administration.signatoryOf(teamId, surgeryId)).map(PersonOption::name).contains("Ana Reyes");
            assertThat(administration.rolesInTeam(teamId)).extracting(r -> r.personName() + ":" + r.role())
                    .containsExactlyInAnyOrder("Ana Reyes:" + Role.MEMBER, "Ben Okafor:" + Role.INT_LEAD);
            assertThat(audit.changes(0, 40)).extracting(AuditTrail.Change::what)
                    .anyMatch(w -> w.contains("Ana Reyes")).anyMatch(w -> w.contains(surgery()));
        });
        assertThat(jdbc.sql("select count(*) from notification_outbox where email in (?, ?, ?)")
                .params(email("ana"), email("ben"), email("cal")).query(Long.class).single()).isEqualTo(3);
        // the same file again changes nothing
        DirectoryImportPreview again = preview(ImportWorkbooks.poi(organisations(), people()));
        assertThat(again.lines()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(5);
    }

    @Test
    void existing_people_and_organisations_are_matched_and_changed_field_by_field() {
        runAs.person(ADMINISTRATOR, () -> {
            long surgery = administration.saveOrganisation(null, surgery(), Sector.GENERAL_PRACTICE, null);
            administration.savePerson(null, email("ana"), "Ana Reyes", "Receptionist", surgery);
        });
        DirectoryImportPreview preview = preview(ImportWorkbooks.poi(
                List.<String[]>of(new String[]{surgery().toUpperCase(), "General practice", "C81099"}),
                List.<String[]>of(new String[]{email("ANA").replace("ANA", "ana"), "Ana Reyes", "Practice manager",
                        null, "Member", null})));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.lines()).extracting(DirectoryImportPreview.Line::whatHappens).containsExactly(
                // a name that differs only in case is the same organisation, kept as the portal spells it
                "Change ODS code (none) → C81099; make it a member of Import INT " + tag,
                "Change job title Receptionist → Practice manager; make Member of Import INT " + tag);
        assertThat(preview.newPeople()).isZero();
        runAs.person(ADMINISTRATOR, () -> imports.apply(preview, false));
        PersonRow ana = runAs.person(ADMINISTRATOR, () -> administration.peopleByEmail(List.of(email("ana")))).get(0);
        assertThat(ana.jobTitle()).isEqualTo("Practice manager");
    }

    @Test
    void apply_is_all_or_nothing_when_the_directory_changed_since_the_preview() {
        DirectoryImportPreview preview = preview(ImportWorkbooks.poi(organisations(), people()));
        // someone adds one of the file's people by hand meanwhile
        runAs.person(ADMINISTRATOR, () -> administration.savePerson(null, email("cal"), "Cal Jones", null, null));
        assertThatThrownBy(() -> runAs.person(ADMINISTRATOR, () -> imports.apply(preview, true)))
                .isInstanceOf(ExcelImportException.class).hasMessage(DirectoryImportService.STALE);
        runAs.person(ADMINISTRATOR, () -> {
            assertThat(administration.memberOrganisations(teamId)).isEmpty();
            assertThat(administration.organisations()).noneMatch(o -> o.name().equals(surgery()));
            assertThat(administration.peopleByEmail(List.of(email("ana"), email("ben")))).isEmpty();
        });
    }

    @Test
    void a_failure_after_everything_else_was_saved_leaves_nothing_saved() {
        DirectoryImportPreview preview = preview(ImportWorkbooks.poi(organisations(), people()));
        // the invitations are the last step: organisations, people, roles and signatories are saved by then
        doThrow(new IllegalStateException("The outbox is unavailable")).when(invitations).invite(anyLong());
        long organisationsBefore = jdbc.sql("select count(*) from organisation").query(Long.class).single();
        long peopleBefore = jdbc.sql("select count(*) from person").query(Long.class).single();
        assertThatThrownBy(() -> runAs.person(ADMINISTRATOR, () -> imports.apply(preview, true)))
                .hasMessage("The outbox is unavailable");
        assertThat(jdbc.sql("select count(*) from organisation").query(Long.class).single())
                .isEqualTo(organisationsBefore);
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isEqualTo(peopleBefore);
        assertThat(runAs.person(ADMINISTRATOR, () -> administration.memberOrganisations(teamId))).isEmpty();
        reset(invitations);
    }

    @Test
    void only_administrators_may_bring_people_in() {
        byte[] file = ImportWorkbooks.poi(organisations(), people());
        for (String who : List.of(LEAD, MEMBER)) {
            assertThatThrownBy(() -> runAs.person(who, () -> imports.preview(teamId, "f.xlsx",
                    new ByteArrayInputStream(file)))).isInstanceOf(NotAllowedException.class)
                    .hasMessage(DirectoryImportService.ADMINISTRATORS_ONLY);
            assertThatThrownBy(() -> runAs.person(who, () -> {
                try {
                    imports.template(new ByteArrayOutputStream());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).isInstanceOf(NotAllowedException.class);
        }
        DirectoryImportPreview preview = preview(file);
        assertThatThrownBy(() -> runAs.person(LEAD, () -> imports.apply(preview, false)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(runAs.person(ADMINISTRATOR, () -> administration.peopleByEmail(List.of(email("ana"))))).isEmpty();
    }

    @Test
    void the_template_downloads_with_the_columns_the_import_reads_and_reads_back_empty() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runAs.person(ADMINISTRATOR, () -> {
            try {
                imports.template(out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheet("People").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("E-mail address");
            assertThat(workbook.getSheet("Organisations").getDataValidations()).hasSize(1);
        }
        DirectoryImportPreview preview = preview(out.toByteArray());
        assertThat(preview.lines()).isEmpty();
        assertThat(preview.problems()).isEmpty();
    }

    @Test
    void a_workbook_saved_by_libreoffice_reads_as_one_made_by_poi() {
        assumeTrue(LibreOffice.installed(), "LibreOffice is installed");
        byte[] saved = LibreOffice.saveAsXlsx(ImportWorkbooks.fods(organisations(), people()), "int.fods");
        DirectoryImportPreview fromLibreOffice = preview(saved);
        DirectoryImportPreview fromPoi = preview(ImportWorkbooks.poi(organisations(), people()));
        assertThat(fromLibreOffice.problems()).isEmpty();
        assertThat(fromLibreOffice.lines()).isEqualTo(fromPoi.lines()).hasSize(5);
    }

    @Test
    void hostile_files_are_refused_by_the_shared_guards() throws IOException {
        assertThat(refused("Organisations,People\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(WorkbookReader.NOT_A_WORKBOOK);
        byte[] file = ImportWorkbooks.poi(organisations(), people());
        assertThat(refused(HostileWorkbooks.repack(file, "xl/worksheets/sheet2.xml", 60L * 1024 * 1024))).isEqualTo(WorkbookReader.BOMB);
        byte[] huge;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet orgs = workbook.createSheet("Organisations");
            Row headings = orgs.createRow(0);
            for (int i = 0; i < ImportWorkbooks.ORGANISATION_HEADINGS.length; i++) {
                headings.createCell(i).setCellValue(ImportWorkbooks.ORGANISATION_HEADINGS[i]);
            }
            Sheet people = workbook.createSheet("People");
            headings = people.createRow(0);
            for (int i = 0; i < ImportWorkbooks.PERSON_HEADINGS.length; i++) {
                headings.createCell(i).setCellValue(ImportWorkbooks.PERSON_HEADINGS[i]);
            }
            for (int i = 1; i <= 20_000; i++) {
                Row row = people.createRow(i);
                row.createCell(0).setCellValue("p" + i + "@example.org");
                row.createCell(1).setCellValue("Person " + i);
            }
            workbook.write(out);
            workbook.dispose();
            huge = out.toByteArray();
        }
        assertThat(refused(huge)).startsWith("The People sheet has more than 5,000 rows");
        String tooLarge = runAs.person(ADMINISTRATOR, () -> imports.tooLarge());
        long limit = runAs.person(ADMINISTRATOR, () -> imports.maxFileBytes());
        assertThat(refused(new byte[(int) limit + 1])).isEqualTo(tooLarge);
    }

    private DirectoryImportPreview preview(byte[] file) {
        return runAs.person(ADMINISTRATOR, () -> imports.preview(teamId, "int.xlsx", new ByteArrayInputStream(file)));
    }

    private String refused(byte[] file) {
        ExcelImportException refused = catchThrowableOfType(() -> preview(file), ExcelImportException.class);
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.getMessage()).doesNotContain("org.apache");
        return refused.getMessage();
    }

    private static byte[] edit(byte[] bytes, java.util.function.Consumer<org.apache.poi.xssf.usermodel.XSSFWorkbook> edit) {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(bytes));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
