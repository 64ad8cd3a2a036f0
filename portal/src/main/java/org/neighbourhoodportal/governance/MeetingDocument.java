package org.neighbourhoodportal.governance;

/** A meeting's board pack as a file to download. */
public record MeetingDocument(String fileName, String contentType, byte[] content) {
}
