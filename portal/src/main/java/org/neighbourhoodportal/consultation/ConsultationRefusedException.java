package org.neighbourhoodportal.consultation;

/**
 * A consultation step the portal refuses for a reason the person can act on (a launch check not met, a required
 * question not answered, no theme coded yet). The message is written for people and shown to them as it is.
 */
public class ConsultationRefusedException extends RuntimeException {

    public ConsultationRefusedException(String message) {
        super(message);
    }
}
