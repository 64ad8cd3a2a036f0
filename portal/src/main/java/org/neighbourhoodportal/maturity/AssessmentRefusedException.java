package org.neighbourhoodportal.maturity;

/**
 * A step on an assessment that cannot be taken as things stand (a domain still blank, the assessment no longer open
 * for changes); the message is written for the person and shown to them as it is. Nothing was saved.
 */
public class AssessmentRefusedException extends RuntimeException {

    public AssessmentRefusedException(String message) {
        super(message);
    }
}
