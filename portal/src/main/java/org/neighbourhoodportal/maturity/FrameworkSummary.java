package org.neighbourhoodportal.maturity;

import java.time.Instant;
import java.util.List;

/** A reference framework and its versions, newest first, as administrators see them. */
public record FrameworkSummary(String code, String name, List<Version> versions) {

    /**
     * @param assessments how many assessments (of any team) were made with this version
     * @param createdBy   who started it, or null for versions loaded with the portal
     * @param publishedBy who published it, or null while a draft or for versions loaded with the portal
     */
    public record Version(long id, String name, String version, FrameworkStatus status, String createdBy,
                          Instant createdAt, String publishedBy, Instant publishedAt, long assessments, long domains,
                          long stages) {
    }
}
