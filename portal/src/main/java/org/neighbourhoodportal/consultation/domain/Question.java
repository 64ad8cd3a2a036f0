package org.neighbourhoodportal.consultation.domain;

import static org.neighbourhoodportal.consultation.ConsultationLimits.*;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.neighbourhoodportal.consultation.QuestionKind;

/** One question of a consultation. Choices are kept one a line. */
@Entity
@Table(name = "consultation_question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", nullable = false)
    private long consultationId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private QuestionKind kind;

    @Column(name = "question", nullable = false, length = QUESTION_LENGTH)
    private String question;

    @Column(name = "choices", length = CHOICES_LENGTH)
    private String choices;

    @Column(name = "required", nullable = false)
    private boolean required;

    protected Question() {
    }

    public Question(long consultationId, int sortOrder, QuestionKind kind, String question, List<String> choices,
                    boolean required) {
        this.consultationId = consultationId;
        this.sortOrder = sortOrder;
        this.kind = kind;
        this.question = question;
        this.choices = choices.isEmpty() ? null : String.join("\n", choices);
        this.required = required;
    }

    public Long getId() { return id; }
    public long getConsultationId() { return consultationId; }
    public int getSortOrder() { return sortOrder; }
    public QuestionKind getKind() { return kind; }
    public String getQuestion() { return question; }
    public boolean isRequired() { return required; }

    /** The choices offered: the question's own, or the agreement scale. */
    public List<String> getChoices() {
        if (kind == QuestionKind.AGREEMENT) {
            return QuestionKind.AGREEMENT_SCALE;
        }
        return choices == null ? List.of() : Arrays.asList(choices.split("\n"));
    }
}
