package org.neighbourhoodportal.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.SECOND_PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.feedback.FeedbackAttachments;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.LoopDriver;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Documents on a record, through the service, on the test database (H2 in every build, MariaDB in the
 * {@code mariadb-suite} run): added, listed with who and when, downloaded byte for byte, replaced with the old version
 * still there, refused when hostile or too large, and read with exactly the record's access.
 */
@PortalTest
class AttachmentsTests {

    private static final String FEEDBACK = FeedbackAttachments.RECORD_TYPE;
    private static final int MB = 1024 * 1024;

    @Autowired AttachmentService attachments;
    @Autowired RunAs runAs;
    @Autowired LoopDriver loop;
    @Autowired JdbcTemplate jdbc;

    private AttachmentVersion add(String who, long feedbackId, String step, String name, byte[] content) {
        return runAs.person(who, () -> attachments.add(FEEDBACK, feedbackId, step, name,
                new ByteArrayInputStream(content)));
    }

    private byte[] download(String who, long versionId) {
        return runAs.person(who, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            attachments.copy(versionId, out);
            return out.toByteArray();
        });
    }

    @Test
    void a_document_of_several_megabytes_is_added_listed_with_who_and_when_and_downloaded_byte_for_byte() {
        long feedbackId = loop.submitAsPpg("The car park floods");
        byte[] pdf = SampleFiles.pdf(5 * MB + 12_345);

        AttachmentVersion added = add(LEAD, feedbackId, null, "Flood photos 🌧️ report.pdf", pdf);

        assertThat(added.number()).isEqualTo(1);
        assertThat(added.contentType()).isEqualTo("application/pdf");
        assertThat(added.sizeBytes()).isEqualTo(pdf.length);
        List<Attachment> listed = runAs.person(PPG_REP, () -> attachments.documents(FEEDBACK, feedbackId).documents());
        assertThat(listed).hasSize(1);
        AttachmentVersion shown = listed.get(0).current();
        assertThat(shown.fileName()).isEqualTo("Flood photos 🌧️ report.pdf");
        assertThat(shown.kind()).isEqualTo("PDF");
        assertThat(shown.addedBy()).isNotBlank().doesNotContain("@");
        assertThat(shown.addedAt()).isNotNull();
        assertThat(shown.sha256()).isEqualTo(sha256(pdf));
        AttachmentFile file = runAs.person(PPG_REP, () -> attachments.version(shown.id()));
        assertThat(file.fileName()).isEqualTo("Flood photos 🌧️ report.pdf");
        assertThat(file.sizeBytes()).isEqualTo(pdf.length);
        assertThat(download(PPG_REP, shown.id())).isEqualTo(pdf);
    }

    @Test
    void the_bytes_are_in_the_database_in_chunks_so_every_node_reads_the_same_file() {
        long feedbackId = loop.submitAsPpg("Two nodes, one file");
        byte[] pdf = SampleFiles.pdf(AttachmentStore.CHUNK_BYTES * 3 + 1_000);

        AttachmentVersion added = add(LEAD, feedbackId, null, "shared.pdf", pdf);

        List<byte[]> chunks = jdbc.queryForList("select data from attachment_chunk where version_id = ? "
                + "order by chunk_no", byte[].class, added.id());
        assertThat(chunks).extracting(c -> c.length).as("chunk sizes").hasSize(4)
                .allSatisfy(length -> assertThat(length).isLessThanOrEqualTo(AttachmentStore.CHUNK_BYTES));
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        chunks.forEach(joined::writeBytes);
        assertThat(joined.toByteArray()).isEqualTo(pdf);
        assertThat(jdbc.queryForObject("select sha256 from attachment_version where id = ?", String.class, added.id()))
                .isEqualTo(sha256(pdf));
    }

    @Test
    void replacing_a_document_adds_a_version_and_the_old_one_stays_downloadable() throws Exception {
        long feedbackId = loop.submitAsPpg("The draft letter changes");
        byte[] draft = SampleFiles.docx("Draft letter");
        byte[] signed = SampleFiles.pdf(40_000);
        AttachmentVersion first = add(LEAD, feedbackId, null, "Letter.docx", draft);
        long documentId = runAs.person(LEAD, () -> attachments.documents(FEEDBACK, feedbackId).documents()).get(0).id();

        AttachmentVersion second = runAs.person(PPG_REP, () -> attachments.replace(documentId, "Say whether it is "
                + "resolved", "Letter signed.pdf", new ByteArrayInputStream(signed)));

        assertThat(second.number()).isEqualTo(2);
        Attachment document = runAs.person(LEAD, () -> attachments.documents(FEEDBACK, feedbackId).documents()).get(0);
        assertThat(document.versions()).extracting(AttachmentVersion::number).containsExactly(2, 1);
        assertThat(document.current().fileName()).isEqualTo("Letter signed.pdf");
        assertThat(document.current().step()).isEqualTo("Say whether it is resolved");
        assertThat(document.earlier()).extracting(AttachmentVersion::fileName).containsExactly("Letter.docx");
        assertThat(download(LEAD, first.id())).isEqualTo(draft);
        assertThat(download(LEAD, second.id())).isEqualTo(signed);
    }

    @Test
    void a_document_added_on_a_task_belongs_to_the_record_and_is_tagged_with_the_step() {
        long feedbackId = loop.submitAsPpg("Evidence at acknowledgement");
        String step = loop.requireTask(LEAD, feedbackId).name();

        add(LEAD, feedbackId, step, "evidence.csv", "date,calls\n2026-11-30,41\n".getBytes());

        AttachmentVersion listed = runAs.person(PPG_REP, () -> attachments.documents(FEEDBACK, feedbackId).documents()).get(0)
                .current();
        assertThat(listed.step()).isEqualTo(step);
        assertThat(listed.kind()).isEqualTo("CSV table");
    }

    @Test
    void a_program_renamed_to_pdf_is_refused_and_nothing_is_saved() {
        long feedbackId = loop.submitAsPpg("Someone sends an invoice");

        assertThatThrownBy(() -> add(PPG_REP, feedbackId, null, "invoice.pdf", SampleFiles.windowsProgram()))
                .isInstanceOf(AttachmentRefusedException.class)
                .hasMessageStartingWith("The file's name ends in .pdf, but what is inside is a program, not a PDF");
        assertThat(runAs.person(LEAD, () -> attachments.documents(FEEDBACK, feedbackId).documents())).isEmpty();
    }

    @Test
    void a_file_over_the_upload_limit_is_refused_with_the_limit_in_plain_words() {
        long feedbackId = loop.submitAsPpg("A very large scan");
        byte[] tooBig = SampleFiles.pdf(10 * MB + 1_000);

        assertThatThrownBy(() -> add(LEAD, feedbackId, null, "scan.pdf", tooBig))
                .isInstanceOf(AttachmentRefusedException.class)
                .hasMessageStartingWith("The file is larger than 10 MB, the most the portal takes, so it was not saved.");
        assertThat(runAs.person(LEAD, () -> attachments.documents(FEEDBACK, feedbackId).documents())).isEmpty();
    }

    @Test
    void another_int_cannot_list_add_or_download_and_is_told_the_same_as_for_a_document_that_does_not_exist() {
        long feedbackId = loop.submitAsPpg("Harborough only");
        AttachmentVersion added = add(LEAD, feedbackId, null, "notes.txt", "Harborough notes".getBytes());
        long documentId = runAs.person(LEAD, () -> attachments.documents(FEEDBACK, feedbackId).documents()).get(0).id();

        for (Runnable call : List.<Runnable>of(
                () -> attachments.documents(FEEDBACK, feedbackId),
                () -> attachments.version(added.id()),
                () -> attachments.copy(added.id(), new ByteArrayOutputStream()),
                () -> attachments.add(FEEDBACK, feedbackId, null, "x.txt", new ByteArrayInputStream("x".getBytes())),
                () -> attachments.replace(documentId, null, "x.txt", new ByteArrayInputStream("x".getBytes())))) {
            assertThatThrownBy(() -> runAs.person(THURROCK_LEAD, call))
                    .isInstanceOf(NotAllowedException.class).hasMessage(AttachmentService.NOT_FOUND);
        }
        assertThatThrownBy(() -> runAs.person(LEAD, () -> attachments.version(987_654_321L)))
                .isInstanceOf(NotAllowedException.class).hasMessage(AttachmentService.NOT_FOUND);
        assertThat(runAs.person(MEMBER, () -> attachments.documents(FEEDBACK, feedbackId).documents())).hasSize(1);
    }

    @Test
    void a_ppg_representative_reads_their_own_feedbacks_documents_and_not_another_ppgs() {
        long mine = loop.submitAsPpg("Our PPG's feedback");
        long theirs = loop.submit(SECOND_PPG_REP, "Another PPG's feedback");
        AttachmentVersion onMine = add(LEAD, mine, null, "ours.txt", "For our PPG".getBytes());
        AttachmentVersion onTheirs = add(LEAD, theirs, null, "theirs.txt", "For the other PPG".getBytes());

        assertThat(runAs.person(PPG_REP, () -> attachments.documents(FEEDBACK, mine).documents())).hasSize(1);
        assertThat(download(PPG_REP, onMine.id())).isEqualTo("For our PPG".getBytes());
        assertThatThrownBy(() -> runAs.person(PPG_REP, () -> attachments.documents(FEEDBACK, theirs).documents()))
                .isInstanceOf(NotAllowedException.class).hasMessage(AttachmentService.NOT_FOUND);
        assertThatThrownBy(() -> download(PPG_REP, onTheirs.id()))
                .isInstanceOf(NotAllowedException.class).hasMessage(AttachmentService.NOT_FOUND);
        assertThat(runAs.person(PPG_REP, () -> attachments.documents(FEEDBACK, mine).mayAdd())).isTrue();
        assertThatThrownBy(() -> runAs.person(SECOND_PPG_REP, () -> attachments.add(FEEDBACK, mine, null, "x.txt",
                new ByteArrayInputStream("x".getBytes())))).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void the_list_costs_the_same_statements_for_one_document_as_for_four_with_versions() {
        long one = loop.submitAsPpg("One document");
        long four = loop.submitAsPpg("Four documents");
        add(LEAD, one, null, "a.txt", "a".getBytes());
        for (String name : List.of("a.txt", "b.txt", "c.txt", "d.txt")) {
            add(MEMBER, four, null, name, name.getBytes());
        }
        long replaced = runAs.person(LEAD, () -> attachments.documents(FEEDBACK, four).documents()).get(0).id();
        runAs.person(LEAD, () -> attachments.replace(replaced, null, "a2.txt", new ByteArrayInputStream("b".getBytes())));

        int forOne = runAs.person(LEAD, () -> StatementCounter.counted(() -> attachments.documents(FEEDBACK, one).documents())
                .statements());
        int forFour = runAs.person(LEAD, () -> StatementCounter.counted(() -> attachments.documents(FEEDBACK, four).documents())
                .statements());

        assertThat(forFour).isEqualTo(forOne).isLessThanOrEqualTo(5);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
