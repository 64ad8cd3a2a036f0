package org.neighbourhoodportal.workflow;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an incomplete engine schema into Spring Boot's "APPLICATION FAILED TO START" report: what and what to do. */
public class EngineSchemaFailureAnalyzer extends AbstractFailureAnalyzer<IncompleteEngineSchemaException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, IncompleteEngineSchemaException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.whatToDo(), cause);
    }
}
