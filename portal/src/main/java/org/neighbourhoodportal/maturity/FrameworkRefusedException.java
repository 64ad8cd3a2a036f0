package org.neighbourhoodportal.maturity;

/**
 * An administrator's change to a framework was refused, with the reason in plain English (a rule of publishing, a
 * published version that cannot change, a text too long). Nothing was saved.
 */
public class FrameworkRefusedException extends RuntimeException {

    public FrameworkRefusedException(String message) {
        super(message);
    }
}
