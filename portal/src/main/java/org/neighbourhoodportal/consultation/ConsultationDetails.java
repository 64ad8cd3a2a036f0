package org.neighbourhoodportal.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.timeline.TimelineEntry;

/**
 * One consultation as the caller may see it: the set-up, their own organisation's or PPG's responses, and the outcome
 * once published (the leads and the consulting organisation see the outcome while it is being written, too).
 *
 * @param consultingOrgId the member organisation consulting through the INT, or null when the INT consults
 */
public record ConsultationDetails(long id, long teamId, String teamName, String consultedBy, String title,
                                  String summary, ConsultationAudience audience, LocalDate opensOn, LocalDate closesOn,
                                  String formativeStatement, String shortWindowReason, ConsultationStatus status,
                                  String createdBy, String approvedBy, List<QuestionView> questions,
                                  List<ResponseView> myResponses, Outcome outcome, List<TimelineEntry> timeline,
                                  boolean mayEdit, boolean isLead, boolean maySeeResults, Long consultingOrgId) {

    public record QuestionView(long id, int number, QuestionKind kind, String question, List<String> choices,
                               boolean required) {
    }

    /** A response with its answers by question id (choices one a line). */
    public record ResponseView(long id, String partyName, ResponseStatus status, Map<Long, String> answers,
                               String lastChangedBy, Instant lastChangedAt, String sentBy, Instant sentAt,
                               boolean mayChange) {
    }

    public record ThemeView(long id, String title, String whatWasSaid, String intResponse, List<String> raisedBy) {
    }

    /** "You said, we did": null until there is something the caller may see. */
    public record Outcome(String summary, Instant publishedAt, List<ThemeView> themes, List<String> respondents) {
    }
}
