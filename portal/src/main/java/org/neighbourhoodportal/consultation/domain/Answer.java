package org.neighbourhoodportal.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A response's answer to one question: text, a choice, or choices one a line (in rank order for a ranking). */
@Entity
@Table(name = "consultation_answer")
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "response_id", nullable = false)
    private long responseId;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "answer", nullable = false, columnDefinition = "text")
    private String answer;

    protected Answer() {
    }

    public Answer(long responseId, long questionId, String answer) {
        this.responseId = responseId;
        this.questionId = questionId;
        this.answer = answer;
    }

    public void change(String answer) {
        this.answer = answer;
    }

    public Long getId() { return id; }
    public long getResponseId() { return responseId; }
    public long getQuestionId() { return questionId; }
    public String getAnswer() { return answer; }
}
