package org.neighbourhoodportal.reporting;

/** A report file ready to download. */
public record ReportDocument(String fileName, String contentType, byte[] content) {
}
