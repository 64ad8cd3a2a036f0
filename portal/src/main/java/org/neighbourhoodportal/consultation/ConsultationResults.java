package org.neighbourhoodportal.consultation;

import java.time.Instant;
import java.util.List;

/** Every response to a consultation, for the leads, the consulting organisation and the ICB's managers. */
public record ConsultationResults(long consultationId, String title, ConsultationStatus status,
                                  List<QuestionResult> questions, List<Rate> bySector, List<Invited> invited,
                                  List<ResponseRow> responses) {

    /** A question's answers: a count per choice (choices in order), or the text answers. */
    public record QuestionResult(long questionId, int number, QuestionKind kind, String question,
                                 List<Tally> tallies, List<TextAnswer> texts) {
    }

    /** For a ranking, {@code count} is the number ranking it first and {@code score} its Borda points. */
    public record Tally(String choice, int count, int score) {
    }

    public record TextAnswer(String partyName, String text) {
    }

    public record Rate(String sector, int invited, int responded) {
        public int percent() {
            return invited == 0 ? 0 : Math.round(100f * responded / invited);
        }
    }

    /** Each organisation or PPG invited, and where its response is (while open: who has not answered). */
    public record Invited(long responseId, String partyName, String sector, ResponseStatus status, Instant sentAt) {
    }

    /** A sent response with its answers in question order (empty text for a question not answered). */
    public record ResponseRow(long responseId, String partyName, String sector, String sentBy, Instant sentAt,
                              List<String> answers) {
    }
}
