package org.neighbourhoodportal.governance;

/**
 * What someone asked of a meeting could not be done, said in plain English for the page to show as it is (too long,
 * a date missing, a non-quorate decision with no note); nothing was saved.
 */
public class MeetingRefusedException extends RuntimeException {

    public MeetingRefusedException(String message) {
        super(message);
    }
}
