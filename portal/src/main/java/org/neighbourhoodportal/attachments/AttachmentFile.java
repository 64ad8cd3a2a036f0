package org.neighbourhoodportal.attachments;

/**
 * What a download needs before the bytes: the name to offer, the type and the length.
 *
 * @param versionId the version
 * @param fileName the name as stored; {@link SafeFileName#contentDisposition(String)} makes the header from it
 * @param contentType detected from the bytes when it was added
 * @param sizeBytes the length
 */
public record AttachmentFile(long versionId, String fileName, String contentType, long sizeBytes) {
}
