package org.neighbourhoodportal.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.uploads.UploadSettings;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Documents on records: the list with who added what when, adding, replacing (a new version; the old ones stay
 * downloadable), and downloading. Records belong to features; each kind of record is known here only through the
 * {@link AttachmentAccess} its feature registers, which decides, about the person signed in now, who may read and who
 * may add. A document is readable exactly when its record is.
 *
 * <p>Files are checked before anything is saved ({@link ContentCheck}): at most {@link UploadSettings#maxFileBytes()},
 * a kind the portal takes, recognised from the bytes rather than the name, without macros or hidden bulk. The bytes
 * are stored in the database in chunks (docs/adr/0012), so every node serves every file.
 *
 * <p>Every method needs someone signed in ({@link NotAllowedException} "Please sign in first." otherwise). A record or
 * document the caller may not read is refused with {@link #NOT_FOUND}, the same words as one that does not exist.
 */
@Service
public class AttachmentService {

    public static final String NOT_FOUND = "That document does not exist, or you do not have access to it.";
    static final String MAY_NOT_ADD = "You can see this record's documents, but not add to them.";
    static final String REPLACED_MEANWHILE = "Someone else replaced this document at the same moment, so your file "
            + "was not saved. Reload the page to see their version, then try again.";

    private final Map<String, AttachmentAccess> access;
    private final AttachmentStore store;
    private final CurrentUser currentUser;
    private final DirectoryService directory;
    private final UploadSettings uploads;
    private final TransactionTemplate writing;
    private final Clock clock;

    AttachmentService(List<AttachmentAccess> access, AttachmentStore store, CurrentUser currentUser,
                      DirectoryService directory, UploadSettings uploads, PlatformTransactionManager transactions,
                      Clock clock) {
        this.access = access.stream().collect(Collectors.toMap(AttachmentAccess::recordType, Function.identity()));
        this.store = store;
        this.currentUser = currentUser;
        this.directory = directory;
        this.uploads = uploads;
        this.writing = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * The record's documents, oldest first, each with its versions newest first and who added each, by name, and
     * whether the caller may add to them. One look-up of the record, one of the versions and one of the names, whatever
     * the number of documents.
     *
     * @throws NotAllowedException {@link #NOT_FOUND} unless the caller may read the record
     */
    public RecordDocuments documents(String recordType, long recordId) {
        AttachmentAccess.Permission permission = requireRead(recordType, recordId);
        List<AttachmentStore.StoredVersion> rows = store.versionsOf(recordType, recordId);
        if (rows.isEmpty()) {
            return new RecordDocuments(permission.mayAdd(), List.of());
        }
        Map<Long, String> names = directory.personNames(rows.stream().map(AttachmentStore.StoredVersion::addedBy)
                .collect(Collectors.toSet()));
        Map<Long, List<AttachmentVersion>> byDocument = new LinkedHashMap<>();
        for (AttachmentStore.StoredVersion row : rows) {
            byDocument.computeIfAbsent(row.attachmentId(), id -> new ArrayList<>()).add(shown(row, names));
        }
        return new RecordDocuments(permission.mayAdd(),
                byDocument.entrySet().stream().map(e -> new Attachment(e.getKey(), e.getValue())).toList());
    }

    /**
     * Adds a document to the record: the file is checked, then stored as version 1, credited to the caller.
     *
     * @param step the step of the process it is added at, as the task's name ("Respond to the PPG"); null on the
     *             record's page
     * @param fileName the name the person's computer gave it; kept (see {@link SafeFileName#keep})
     * @param content read once, up to the limit; the caller closes it
     * @return the new version, as the list shows it
     * @throws NotAllowedException {@link #NOT_FOUND} unless the caller may read the record; another message unless
     *                             they may add to it
     * @throws AttachmentRefusedException when the file is not kept, saying why; nothing was saved
     */
    public AttachmentVersion add(String recordType, long recordId, String step, String fileName, InputStream content) {
        AccessProfile me = requireAdd(recordType, recordId);
        String name = SafeFileName.keep(fileName);
        ContentCheck.Checked file = ContentCheck.check(name, content, uploads.maxFileBytes(), tooLarge());
        try {
            long versionId = writing.execute(status -> {
                requireAdd(recordType, recordId);
                Instant now = Instant.now(clock);
                long attachmentId = store.newAttachment(recordType, recordId, me.personId(), now);
                return unchecked(() -> store.newVersion(attachmentId, 1, name, file, stepName(step), me.personId(), now));
            });
            return shown(versionId);
        } finally {
            ContentCheck.delete(file.file());
        }
    }

    /**
     * Replaces a document with a new file: a new version, numbered one more than the newest; every earlier version
     * stays listed and downloadable. The new file may be of another kind (a Word draft replaced by the signed PDF).
     *
     * @return the new version
     * @throws NotAllowedException {@link #NOT_FOUND} unless the caller may read the document's record; another
     *                             message unless they may add to it
     * @throws AttachmentRefusedException when the file is not kept, or someone replaced the document at the same
     *                                    moment; nothing was saved
     */
    public AttachmentVersion replace(long attachmentId, String step, String fileName, InputStream content) {
        String[] record = store.recordOf(attachmentId).orElseThrow(() -> new NotAllowedException(NOT_FOUND));
        AccessProfile me = requireAdd(record[0], Long.parseLong(record[1]));
        String name = SafeFileName.keep(fileName);
        ContentCheck.Checked file = ContentCheck.check(name, content, uploads.maxFileBytes(), tooLarge());
        try {
            long versionId = writing.execute(status -> {
                store.recordOfForUpdate(attachmentId).orElseThrow(() -> new NotAllowedException(NOT_FOUND));
                requireAdd(record[0], Long.parseLong(record[1]));
                int number = store.nextVersionNumber(attachmentId);
                return unchecked(() -> store.newVersion(attachmentId, number, name, file, stepName(step),
                        me.personId(), Instant.now(clock)));
            });
            return shown(versionId);
        } catch (DuplicateKeyException e) {
            throw new AttachmentRefusedException(REPLACED_MEANWHILE, e);
        } finally {
            ContentCheck.delete(file.file());
        }
    }

    /**
     * What a download of this version needs before its bytes: the name, type and length.
     *
     * @throws NotAllowedException {@link #NOT_FOUND} unless the caller may read the document's record
     */
    public AttachmentFile version(long versionId) {
        AttachmentStore.StoredVersion version = readable(versionId);
        return new AttachmentFile(version.id(), version.fileName(), version.contentType(), version.sizeBytes());
    }

    /**
     * Writes the version's bytes to {@code out}, a chunk at a time (never the whole file in memory); does not close
     * it.
     *
     * @throws NotAllowedException {@link #NOT_FOUND} unless the caller may read the document's record
     * @throws UncheckedIOException when {@code out} fails (the person's browser went away)
     */
    public void copy(long versionId, OutputStream out) {
        AttachmentStore.StoredVersion version = readable(versionId);
        unchecked(() -> {
            store.copy(version, out);
            return null;
        });
    }

    /** The words for a file over the limit, with the limit: "The file is larger than 10 MB, …". Anyone signed in. */
    public String tooLarge() {
        currentUser.require();
        return "The file is larger than " + uploads.describeMaxFileSize() + ", the most the portal takes, so it was "
                + "not saved. Make it smaller (for example, save pictures at a lower quality, or as a PDF) and try "
                + "again.";
    }

    // ---- inside ------------------------------------------------------------------------------------------------------

    private AttachmentStore.StoredVersion readable(long versionId) {
        currentUser.require();
        AttachmentStore.StoredVersion version = store.version(versionId)
                .orElseThrow(() -> new NotAllowedException(NOT_FOUND));
        requireRead(version.recordType(), version.recordId());
        return version;
    }

    private AttachmentAccess.Permission requireRead(String recordType, long recordId) {
        currentUser.require();
        AttachmentAccess rule = access.get(recordType);
        AttachmentAccess.Permission permission = rule == null ? AttachmentAccess.Permission.NONE
                : rule.permission(recordId);
        if (!permission.mayRead()) {
            throw new NotAllowedException(NOT_FOUND);
        }
        return permission;
    }

    private AccessProfile requireAdd(String recordType, long recordId) {
        if (!requireRead(recordType, recordId).mayAdd()) {
            throw new NotAllowedException(MAY_NOT_ADD);
        }
        return currentUser.require();
    }

    private AttachmentVersion shown(long versionId) {
        AttachmentStore.StoredVersion row = store.version(versionId).orElseThrow();
        return shown(row, Map.of(row.addedBy(), directory.personName(row.addedBy())));
    }

    private static AttachmentVersion shown(AttachmentStore.StoredVersion row, Map<Long, String> names) {
        String kind = AllowedType.byContentType(row.contentType()).map(AllowedType::label).orElse("File");
        return new AttachmentVersion(row.id(), row.number(), row.fileName(), row.contentType(), kind, row.sizeBytes(),
                row.sha256(), row.step(), names.getOrDefault(row.addedBy(), "Someone no longer in the portal"),
                row.addedAt());
    }

    private static String stepName(String step) {
        if (step == null || step.isBlank()) {
            return null;
        }
        return SafeFileName.shorten(step.strip(), SafeFileName.MAX_LENGTH);
    }

    @FunctionalInterface
    private interface Io<T> {
        T run() throws IOException;
    }

    private static <T> T unchecked(Io<T> io) {
        try {
            return io.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
