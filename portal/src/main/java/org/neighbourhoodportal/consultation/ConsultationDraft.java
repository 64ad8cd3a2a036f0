package org.neighbourhoodportal.consultation;

import java.time.LocalDate;
import java.util.List;

/**
 * What the person setting up a consultation enters.
 *
 * @param consultingOrgId    the member organisation consulting through the INT, or null when the INT consults
 * @param formativeStatement why the proposal is still open to change (Gunning: consult while proposals are formative)
 * @param shortWindowReason  why the window is shorter than the norm, when it is
 */
public record ConsultationDraft(long teamId, Long consultingOrgId, String title, String summary,
                                ConsultationAudience audience, LocalDate opensOn, LocalDate closesOn,
                                String formativeStatement, String shortWindowReason, List<QuestionDraft> questions) {

    public ConsultationDraft {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** One question as entered; {@code choices} for single/multiple choice and ranking questions. */
    public record QuestionDraft(QuestionKind kind, String question, List<String> choices, boolean required) {

        public QuestionDraft {
            choices = choices == null ? List.of() : List.copyOf(choices);
        }
    }
}
