package org.neighbourhoodportal.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The attachment tables (migration {@code V018}), by plain JDBC: the bytes go in and out one chunk per statement, so
 * neither the portal nor the database driver ever holds a whole file, and no statement comes near MariaDB's
 * {@code max_allowed_packet} (docs/adr/0012).
 */
@Component
class AttachmentStore {

    /** Bytes per chunk row: 256 KiB, far below a 16 MiB packet, and few rows for a 10 MB file. */
    static final int CHUNK_BYTES = 256 * 1024;

    /** A version as stored, with the ids of its document and record. */
    record StoredVersion(long id, long attachmentId, String recordType, long recordId, int number, String fileName,
                         String contentType, long sizeBytes, String sha256, String step, long addedBy,
                         Instant addedAt) {
    }

    private static final String VERSION_COLUMNS = "v.id, v.attachment_id, a.record_type, a.record_id, v.version_no, "
            + "v.file_name, v.content_type, v.size_bytes, v.sha256, v.step, v.added_by, v.added_at";

    private static final RowMapper<StoredVersion> VERSION = (rs, i) -> new StoredVersion(rs.getLong(1), rs.getLong(2),
            rs.getString(3), rs.getLong(4), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getLong(8),
            rs.getString(9), rs.getString(10), rs.getLong(11), rs.getTimestamp(12).toInstant());

    private final JdbcTemplate jdbc;

    AttachmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version of every document on the record, documents oldest first, versions newest first: one statement. */
    List<StoredVersion> versionsOf(String recordType, long recordId) {
        return jdbc.query("select " + VERSION_COLUMNS + " from attachment a join attachment_version v "
                + "on v.attachment_id = a.id where a.record_type = ? and a.record_id = ? "
                + "order by a.id, v.version_no desc", VERSION, recordType, recordId);
    }

    Optional<StoredVersion> version(long versionId) {
        return jdbc.query("select " + VERSION_COLUMNS + " from attachment a join attachment_version v "
                + "on v.attachment_id = a.id where v.id = ?", VERSION, versionId).stream().findFirst();
    }

    /** The document's record, locking the document's row until the transaction ends (two replacements queue). */
    Optional<String[]> recordOfForUpdate(long attachmentId) {
        return jdbc.query("select record_type, record_id from attachment where id = ? for update",
                (rs, i) -> new String[] {rs.getString(1), Long.toString(rs.getLong(2))}, attachmentId)
                .stream().findFirst();
    }

    Optional<String[]> recordOf(long attachmentId) {
        return jdbc.query("select record_type, record_id from attachment where id = ?",
                (rs, i) -> new String[] {rs.getString(1), Long.toString(rs.getLong(2))}, attachmentId)
                .stream().findFirst();
    }

    long newAttachment(String recordType, long recordId, long personId, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var insert = c.prepareStatement("insert into attachment (record_type, record_id, created_by, created_at) "
                    + "values (?, ?, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS);
            insert.setString(1, recordType);
            insert.setLong(2, recordId);
            insert.setLong(3, personId);
            insert.setTimestamp(4, Timestamp.from(at));
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    int nextVersionNumber(long attachmentId) {
        Integer max = jdbc.queryForObject("select max(version_no) from attachment_version where attachment_id = ?",
                Integer.class, attachmentId);
        return max == null ? 1 : max + 1;
    }

    /** The version's row, then its bytes from the checked file, chunk by chunk. */
    long newVersion(long attachmentId, int number, String fileName, ContentCheck.Checked file, String step,
                    long personId, Instant at) throws IOException {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var insert = c.prepareStatement("insert into attachment_version (attachment_id, version_no, file_name, "
                    + "content_type, size_bytes, sha256, step, added_by, added_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS);
            insert.setLong(1, attachmentId);
            insert.setInt(2, number);
            insert.setString(3, fileName);
            insert.setString(4, file.type().contentType());
            insert.setLong(5, file.size());
            insert.setString(6, file.sha256());
            insert.setString(7, step);
            insert.setLong(8, personId);
            insert.setTimestamp(9, Timestamp.from(at));
            return insert;
        }, key);
        long versionId = key.getKey().longValue();
        byte[] buffer = new byte[CHUNK_BYTES];
        try (InputStream in = Files.newInputStream(file.file())) {
            int chunk = 0;
            int filled;
            while ((filled = in.readNBytes(buffer, 0, CHUNK_BYTES)) > 0) {
                byte[] data = filled == CHUNK_BYTES ? buffer : java.util.Arrays.copyOf(buffer, filled);
                jdbc.update("insert into attachment_chunk (version_id, chunk_no, data) values (?, ?, ?)",
                        versionId, chunk++, data);
            }
        }
        return versionId;
    }

    /** Writes the version's bytes in order, one chunk read at a time. */
    void copy(StoredVersion version, OutputStream out) throws IOException {
        long chunks = (version.sizeBytes() + CHUNK_BYTES - 1) / CHUNK_BYTES;
        for (int chunk = 0; chunk < chunks; chunk++) {
            byte[] data = jdbc.queryForObject("select data from attachment_chunk where version_id = ? and chunk_no = ?",
                    byte[].class, version.id(), chunk);
            out.write(data);
        }
        out.flush();
    }

    /** The number of chunk rows a version has, for the checks that the bytes are in the database. */
    int chunkCount(long versionId) {
        Integer n = jdbc.queryForObject("select count(*) from attachment_chunk where version_id = ?", Integer.class,
                versionId);
        return n == null ? 0 : n;
    }

}
