package org.neighbourhoodportal.attachments;

import java.time.Instant;

/**
 * One version of a document as the list shows it.
 *
 * @param id the version's id, which {@link AttachmentService#version(long)} and {@link AttachmentService#copy} take
 * @param number 1 for the first upload, one more for each replacement
 * @param fileName the name as the person's computer gave it (emoji and all)
 * @param contentType the type detected from the bytes, never the browser's claim
 * @param kind the type in words: "PDF", "Word document"
 * @param sizeBytes the file's size
 * @param sha256 the checksum of the stored bytes, in hex
 * @param step the step of the process it was added at ("Respond to the PPG"), or null when added on the record's page
 * @param addedBy who added it, by name
 * @param addedAt when
 */
public record AttachmentVersion(long id, int number, String fileName, String contentType, String kind, long sizeBytes,
                                String sha256, String step, String addedBy, Instant addedAt) {
}
