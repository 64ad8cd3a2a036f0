package org.neighbourhoodportal.workflow;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a form the portal cannot use into Spring Boot's "APPLICATION FAILED TO START" report: which file, which field. */
public class FormFailureAnalyzer extends AbstractFailureAnalyzer<UnusableFormException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnusableFormException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.whatToDo(), cause);
    }
}
