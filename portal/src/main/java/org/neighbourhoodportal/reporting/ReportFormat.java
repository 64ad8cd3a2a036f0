package org.neighbourhoodportal.reporting;

/** The files a published report downloads as. */
public enum ReportFormat {
    WORD("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
    EXCEL("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel");

    private final String extension;
    private final String contentType;
    private final String label;

    ReportFormat(String extension, String contentType, String label) {
        this.extension = extension;
        this.contentType = contentType;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** "Word", "Excel". */
    public String label() {
        return label;
    }
}
