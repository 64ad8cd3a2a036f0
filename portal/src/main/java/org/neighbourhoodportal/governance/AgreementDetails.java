package org.neighbourhoodportal.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.neighbourhoodportal.timeline.TimelineEntry;

/**
 * A ToR or MoU as its page shows it: the version shown (the latest for the INT's people, the one in force for the
 * ICB's managers) with its sections and structured rules, every version, the comments, the signatures, what changed
 * from the version before, and its history.
 */
public record AgreementDetails(long id, String title, String kind, String team, AgreementStatus status,
                               Integer inForceVersion, LocalDate inForceFrom, String closeReason, VersionView shown,
                               List<VersionSummary> versions, List<CommentView> comments,
                               List<SignatureView> signatures, List<SectionChange> changes, List<String> waitingOn,
                               List<TimelineEntry> timeline) {

    public record VersionView(int number, List<SectionText> sections, int quorumMembers, List<String> quorumSeats,
                              String decisionMethod, String conflictsRule, LocalDate reviewOn) {
    }

    public record SectionText(String key, String heading, String body) {
    }

    public record VersionSummary(int number, String by, Instant at, String changeNote) {
    }

    public record CommentView(int version, String organisation, String section, String body, boolean objection,
                              String author, Instant at) {
    }

    public record SignatureView(int version, String organisation, String name, String role, Instant at) {
    }

    /** One section compared between two versions: added, removed, changed (with both texts) or unchanged. */
    public record SectionChange(String heading, String change, String before, String after) {
    }
}
