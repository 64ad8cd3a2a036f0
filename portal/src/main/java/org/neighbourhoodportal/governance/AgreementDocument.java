package org.neighbourhoodportal.governance;

/** A ToR or MoU as a file to download. */
public record AgreementDocument(String fileName, String contentType, byte[] content) {
}
