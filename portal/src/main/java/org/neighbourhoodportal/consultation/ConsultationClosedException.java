package org.neighbourhoodportal.consultation;

/** A response (or a change to one) came after the consultation closed, or after it was sent. The message is for people. */
public class ConsultationClosedException extends RuntimeException {

    public ConsultationClosedException(String message) {
        super(message);
    }
}
