package org.neighbourhoodportal.rounds;

/**
 * The round refuses this: it has closed (its deadline passed, or the lead closed it early), or the party has answered
 * already. The message says which, for the person; nothing was saved.
 */
public class RoundClosedException extends RuntimeException {

    public RoundClosedException(String message) {
        super(message);
    }
}
